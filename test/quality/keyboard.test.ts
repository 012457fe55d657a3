/**
 * Keyboard only, each element: Tab reaches it, every tab stop shows where focus is (an outline or
 * a shadow, not the browser's nothing), Enter on its parts opens them (fc-select with the
 * contract's kind), Tab leaves it (no trap) and Shift+Tab comes back. The tree also follows the
 * WAI-ARIA tree-view keys.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ELEMENTS } from './support/kit.js';
import { deepActive, describe_, focusIndicator, SELECT_KIND, showcase, showcasePage } from './support/showcase.js';

const press = (key: string) => sendKeys({ press: key });

describe('keyboard-only walk-through', function () {
  this.timeout(60_000);
  const shown = showcasePage('1000px');

  for (const tag of ELEMENTS) {
    it(`<${tag}>: Tab in, focus visible at every stop, Enter opens, Tab out, Shift+Tab back`, async () => {
      const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
      shown.page.append(before);
      const el = await showcase(tag, shown.page);
      const after = Object.assign(document.createElement('button'), { textContent: 'jälkeen' });
      shown.page.append(after);
      const selected: string[] = [];
      el.addEventListener('fc-select', (e) => selected.push((e as CustomEvent).detail.kind));

      before.focus();
      const stops: string[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 80; i++) {
        await press('Tab');
        const active = deepActive();
        if (active === after) break;
        expect(
          el.contains(active) ||
            el.shadowRoot!.contains(active!) ||
            active === el ||
            [...el.shadowRoot!.querySelectorAll('*')].some((n) => n.shadowRoot?.contains(active!)),
          `Tab went to ${describe_(active)} outside <${tag}>`,
        ).to.equal(true);
        stops.push(describe_(active));
        if (!focusIndicator(active!)) invisible.push(describe_(active));
        // Open what is focused, as a keyboard user would; a part that opens tells the page.
        const tagName = active!.localName;
        if (tagName === 'button' || active!.getAttribute('role') === 'treeitem' || active!.getAttribute('role') === 'button') {
          if (!active!.matches('[part~="retry-button"]')) await press('Enter');
        }
      }
      expect(stops.length, `Tab never reached <${tag}>`).to.be.greaterThan(0);
      expect(deepActive(), `Tab did not leave <${tag}> after ${stops.length} stops: ${stops.join(' → ')}`).to.equal(after);
      expect(invisible, 'tab stops without a visible focus indicator').to.deep.equal([]);
      expect(selected, `Enter on its parts fired no fc-select of kind "${SELECT_KIND[tag]}" (stops: ${stops.join(' → ')})`).to.include(
        SELECT_KIND[tag],
      );
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      const back = deepActive();
      expect(
        back !== after &&
          (back === el ||
            el.shadowRoot!.contains(back!) ||
            [...el.shadowRoot!.querySelectorAll('*')].some((n) => n.shadowRoot?.contains(back!))),
        'Shift+Tab from after the element goes back into it',
      ).to.equal(true);
    });
  }

  it('<fc-governance-tree>: arrows move, Right opens, Left closes, Home and End jump (WAI-ARIA tree)', async () => {
    const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
    shown.page.append(before);
    const el = await showcase('fc-governance-tree', shown.page);
    before.focus();
    // Tab past the toolbar to the tree's one tab stop.
    for (let i = 0; i < 10 && deepActive()?.getAttribute('role') !== 'treeitem'; i++) await press('Tab');
    const first = deepActive()!;
    expect(first.getAttribute('role')).to.equal('treeitem');
    const items = () => [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')];
    await press('ArrowDown');
    const second = deepActive()!;
    expect(second.getAttribute('role')).to.equal('treeitem');
    expect(second).to.not.equal(first);
    await press('End');
    const last = deepActive()!;
    expect(last).to.equal(items().filter((i) => !i.closest('[hidden]'))[items().filter((i) => !i.closest('[hidden]')).length - 1] ?? last);
    await press('Home');
    expect(deepActive()).to.equal(first);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowLeft');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await press('ArrowRight');
    expect(first.getAttribute('aria-expanded')).to.equal('true');
  });

  /** Tabs from a button before the element until focus is on something matching `selector` inside it. */
  async function tabTo(tag: string, selector: string) {
    const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
    shown.page.append(before);
    const el = await showcase(tag, shown.page);
    before.focus();
    for (let i = 0; i < 20 && !deepActive()?.matches(selector); i++) await press('Tab');
    expect(deepActive()?.matches(selector), `Tab did not reach ${selector} in <${tag}>`).to.equal(true);
    return el;
  }

  it('<fc-roadmap>: one tab stop; arrows move in time and between lanes, Home and End, Enter opens, Escape closes', async () => {
    const el = await tabTo('fc-roadmap', 'button[part~="item"]');
    const selected: string[] = [];
    el.addEventListener('fc-select', (e) => selected.push((e as CustomEvent).detail.id));
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="item"]')].filter((b) => b.offsetParent);
    expect(
      items.filter((b) => b.tabIndex === 0),
      'one item is the tab stop',
    ).to.have.length(1);
    const first = deepActive() as HTMLElement;
    const lane = (b: Element) => b.closest('[part~="lane"], .rm-lane, section, [role="group"]');
    await press('ArrowRight');
    const next = deepActive() as HTMLElement;
    expect(next.matches('button[part~="item"]') && next !== first, 'ArrowRight moves to the next item').to.equal(true);
    await press('Home');
    expect(deepActive(), 'Home goes back to the first of the lane').to.equal(first);
    await press('ArrowDown');
    const below = deepActive() as HTMLElement;
    expect(below.matches('button[part~="item"]') && lane(below) !== lane(first), 'ArrowDown moves to another lane').to.equal(true);
    await press('Enter');
    expect(selected, 'Enter opens the item').to.deep.equal([below.dataset.id]);
    expect(below.getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    await el.updateComplete;
    expect(below.getAttribute('aria-expanded'), 'Escape closes it').to.equal('false');
    expect(deepActive(), 'focus returns to the item').to.equal(below);
    await press('Tab');
    expect(
      el.shadowRoot!.contains(deepActive()) && deepActive()?.matches('button[part~="item"]'),
      'Tab leaves the items (one stop)',
    ).to.equal(false);
  });

  it('<fc-survey-chart>: every answer a button; arrows, Home and End move between them; Enter opens', async () => {
    const el = await tabTo('fc-survey-chart', 'button[part~="answer"]');
    const selected: string[] = [];
    el.addEventListener('fc-select', (e) => selected.push((e as CustomEvent).detail.kind));
    const answers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="answer"]')];
    expect(answers.length).to.be.greaterThan(1);
    expect(deepActive()).to.equal(answers[0]);
    await press('ArrowDown');
    expect(deepActive(), 'ArrowDown: the next answer').to.equal(answers[1]);
    await press('End');
    expect(deepActive(), 'End: the last answer').to.equal(answers[answers.length - 1]);
    await press('Home');
    expect(deepActive(), 'Home: the first answer').to.equal(answers[0]);
    await press('Tab');
    expect(deepActive(), 'every answer is in the Tab order').to.equal(answers[1]);
    await press('Enter');
    expect(selected).to.include('answer');
  });

  it('<fc-network-house>: Enter on a room opens its details and moves focus there; Escape closes and returns to the room', async () => {
    const el = await tabTo('fc-network-house', 'button[part~="room"]');
    const room = deepActive() as HTMLElement;
    const selected: string[] = [];
    el.addEventListener('fc-select', (e) => selected.push((e as CustomEvent).detail.kind));
    await press('Enter');
    await el.updateComplete;
    expect(selected).to.deep.equal(['room']);
    expect(room.getAttribute('aria-expanded')).to.equal('true');
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]')!;
    expect(details.hidden, 'the details are shown').to.equal(false);
    expect(details.contains(deepActive()), 'focus moved into the details').to.equal(true);
    await press('Escape');
    await el.updateComplete;
    expect(details.hidden, 'Escape closes the details').to.equal(true);
    expect(deepActive(), 'focus returns to the room').to.equal(room);
  });
});
