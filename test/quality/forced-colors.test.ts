/**
 * Forced colours (Windows high contrast), emulated: each element renders, shows focus with an
 * outline (box shadows are dropped in forced colours, so a ring made of one disappears), and
 * screenshots of every element (content, focused, error) are kept in
 * test-results/forced-colors/*.png for a person to look at.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ELEMENTS, errorLines, settled, type FcEl } from './support/kit.js';
import { deepActive, describe_, focusIndicator, showcase, showcasePage } from './support/showcase.js';
import { screenshot } from './support/screenshot.js';

// With reduced motion too, so that screenshots show the finished drawing, not an animation half-way.
const forcedColors = (active: boolean) =>
  executeServerCommand<boolean, { active: boolean; reducedMotion: string }>('fc-forced-colors', {
    active,
    reducedMotion: active ? 'reduce' : 'no-preference',
  });

describe('forced colours', function () {
  this.timeout(60_000);
  before(async () => {
    await forcedColors(true);
  });
  after(async () => {
    await forcedColors(false);
  });
  const shown = showcasePage('900px');

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  for (const tag of ELEMENTS) {
    it(`<${tag}>: renders, focus shows as an outline, screenshots kept`, async () => {
      const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
      shown.page.append(before);
      const el = await showcase(tag, shown.page);
      expect(errorLines(el)).to.equal(undefined);
      expect(await screenshot(el, `forced-colors/${tag}.png`)).to.match(/\.png$/);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const active = deepActive()!;
      expect(active === el || el.shadowRoot!.contains(active), `Tab went to ${describe_(active)}`).to.equal(true);
      expect(focusIndicator(active, { outlineOnly: true }), `no outline on ${describe_(active)} in forced colours`).to.be.a('string');
      await screenshot(el, `forced-colors/${tag}-focus.png`);

      const broken = document.createElement(tag) as FcEl;
      broken.lang = 'fi';
      broken.setAttribute('src', '/__fc/status/500');
      shown.page.append(broken);
      await settled(broken);
      expect(errorLines(broken)).to.have.length(1);
      await screenshot(broken, `forced-colors/${tag}-error.png`);
    });
  }
});
