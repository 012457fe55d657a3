/**
 * The whole kit on a page with a strict Content Security Policy (test/quality/csp/index.html:
 * `default-src 'self'; script-src 'self'; style-src 'self'`, as a county CMS may send): every
 * element renders, opening its parts too, and the page sees 0 `securitypolicyviolation` events.
 * The page loads the built bundle (/dist/fc-kit.js), as a CMS page would.
 */
import { expect } from '@open-wc/testing';
import { frames } from './support/kit.js';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';

type CspWindow = Window & { __fcCspViolations?: string[] };

async function loadPage(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

// Every visual element of the kit's table; csp/index.html must show each of them.
const TAGS = VISUAL_ELEMENTS.map((e) => e.tag);

describe('strict Content Security Policy', function () {
  this.timeout(60_000);

  it('renders every element with 0 violations', async () => {
    const frame = await loadPage('/test/quality/csp/index.html');
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(elements.length).to.equal(14);
    const settled = () =>
      elements.every(
        (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]') && (el as { hasUpdated?: boolean }).hasUpdated,
      );
    const until = performance.now() + 20_000;
    while (!settled() && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(settled(), 'every element rendered').to.equal(true);

    const errors = elements.filter((el) => el.shadowRoot!.querySelector('[part~="error"]'));
    // Only the one pointed at a missing file shows an error, with its retry button.
    expect(errors.map((el) => el.getAttribute('src'))).to.deep.equal(['/test/quality/csp/no-such-file.json']);
    expect(errors[0].shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
    for (const tag of TAGS) expect(doc.querySelector(tag)!.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(10);

    // Opening parts (details, tooltips, expanded nodes) may set styles: still no violation.
    for (const el of elements) {
      for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button:not([part~="retry-button"]), [role="treeitem"], summary'))
        button.click();
    }
    await frames(3);
    frame.style.width = '340px';
    await frames(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__fcCspViolations, 'the CSP watcher ran').to.be.an('array');
    expect(win.__fcCspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('notices a violation when there is one (negative control)', async () => {
    const frame = await loadPage('/test/quality/csp/index.html');
    const doc = frame.contentDocument!;
    const styled = doc.createElement('p');
    styled.setAttribute('style', 'color: red');
    doc.body.append(styled);
    await new Promise((r) => setTimeout(r, 100));
    expect((frame.contentWindow as CspWindow).__fcCspViolations!.join()).to.contain('style-src');
    frame.remove();
  });
});
