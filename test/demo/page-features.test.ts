/**
 * What each demo page is there to show: one request for four charts (Kuntaliitto), a strict
 * Content Security Policy with no violation, county themes made only of --fc-* properties and
 * ::part(), and fallback content for readers without JavaScript.
 */
import { expect } from '@open-wc/testing';
import { describe as tagOf, fcElements, frames, openPage } from './support/page-frame.js';
import { ELEMENTS } from '../../packages/fc-kit/src/elements.js';

type CspWindow = Window & { __fcCspViolations?: string[] };

describe('demo page features', function () {
  this.timeout(60_000);

  it('the page watcher hears what a page logs while it loads (negative control for "no console errors")', async () => {
    const page = await openPage('/test/demo/fixtures/logs-error.html');
    try {
      expect(page.log.hookedAt).to.not.equal('complete');
      expect(page.log.errors).to.deep.equal(['logged while loading']);
      expect(page.log.warnings).to.deep.equal(['warned while loading']);
    } finally {
      page.close();
    }
  });

  it('Kuntaliitto: four survey charts, the tree and the matrix under one <fc-data> make exactly one request for the document', async () => {
    const page = await openPage('/demo/kuntaliitto.html');
    try {
      const data = page.doc.querySelectorAll('fc-data');
      expect(data.length).to.equal(1);
      const inside = fcElements(page.doc).filter((el) => data[0].contains(el));
      expect(inside.map((el) => el.getAttribute('item'))).to.have.members([
        'perhekeskus-toiminnassa',
        'perhekeskuksen-toiminta',
        'oppilashuolto-puheenjohtaja',
        'laaja-sisote-ryhma',
        'kolmitasoinen-johtaminen',
        'kl-opiskeluhuollon-yhteistyoryhma',
      ]);
      expect(
        inside.every((el) => !el.hasAttribute('src')),
        'the charts have no src of their own',
      ).to.equal(true);
      const requests = page.win.performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('/kuntaliitto-tilannekatsaus.json'));
      expect(requests.length, 'requests for the document').to.equal(1);
    } finally {
      page.close();
    }
  });

  it('strict CSP: every element renders and opens its parts with 0 violations', async () => {
    const page = await openPage('/demo/csp.html');
    try {
      const policy = page.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      expect(policy).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
      expect(page.elements.length).to.equal(4);
      expect(page.elements.filter((el) => !page.log.loaded.has(el)).map(tagOf)).to.deep.equal([]);
      // Open what opens (details, tree items, buttons): their styles must not need inline CSS either.
      for (const el of page.elements) {
        for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('button, [role="treeitem"], summary')) part.click();
      }
      await frames(page.win, 3);
      page.frame.width = '340';
      await frames(page.win, 3);
      await new Promise((r) => setTimeout(r, 200));
      const win = page.win as CspWindow;
      expect(win.__fcCspViolations, 'the page’s own watcher ran').to.be.an('array');
      expect(win.__fcCspViolations).to.deep.equal([]);
      expect(page.log.csp).to.deep.equal([]);
      expect(page.log.errors).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('strict CSP: the watcher does see a violation (negative control)', async () => {
    const page = await openPage('/demo/csp.html', { settle: false });
    try {
      const p = page.doc.createElement('p');
      p.setAttribute('style', 'color: red');
      page.doc.body.append(p);
      await new Promise((r) => setTimeout(r, 100));
      expect((page.win as CspWindow).__fcCspViolations!.join()).to.contain('style-src');
      expect(page.log.csp.join()).to.contain('style-src');
    } finally {
      page.close();
    }
  });

  const THEMES = [
    { url: '/demo/etela-pohjanmaa.html', accent: '#00573f', radius: '0', title: 'rgb(0, 61, 44)' },
    { url: '/demo/pohjois-pohjanmaa.html', accent: '#5b2a86', radius: '1rem', title: 'rgb(63, 29, 94)' },
  ];
  for (const theme of THEMES) {
    it(`${theme.url}: the county theme reaches every element through --fc-* properties and ::part(title)`, async () => {
      const page = await openPage(theme.url);
      try {
        for (const el of page.elements) {
          const style = page.win.getComputedStyle(el);
          expect(style.getPropertyValue('--fc-color-accent').trim(), `${tagOf(el)} accent`).to.equal(theme.accent);
          expect(style.getPropertyValue('--fc-radius').trim(), `${tagOf(el)} radius`).to.equal(theme.radius);
          const title = el.shadowRoot!.querySelector('[part~="title"]');
          if (title) expect(page.win.getComputedStyle(title).color, `${tagOf(el)}::part(title)`).to.equal(theme.title);
        }
        expect(
          page.elements.some((el) => el.shadowRoot!.querySelector('[part~="title"]')),
          'some element has a title part',
        ).to.equal(true);
      } finally {
        page.close();
      }
    });
  }

  it('the default look where no theme is set (Kuntaliitto): no --fc-* property on the page', async () => {
    const page = await openPage('/demo/kuntaliitto.html');
    try {
      for (const el of page.elements) expect(page.win.getComputedStyle(el).getPropertyValue('--fc-color-accent').trim()).to.equal('');
    } finally {
      page.close();
    }
  });

  for (const url of [
    '/demo/etela-pohjanmaa.html',
    '/demo/kuntaliitto.html',
    '/demo/svenska.html',
    '/demo/pohjois-pohjanmaa.html',
    '/demo/csp.html',
  ]) {
    it(`${url}: fallback text inside each tag shows with JavaScript off, in the space the element keeps, and is gone once it renders`, async () => {
      // A sandbox without allow-scripts is a browser with JavaScript off for that page.
      const off = document.createElement('iframe');
      off.setAttribute('sandbox', 'allow-same-origin');
      off.width = '1000';
      off.height = '800';
      const loaded = new Promise((r) => off.addEventListener('load', r, { once: true }));
      off.src = url;
      document.body.append(off);
      await loaded;
      const doc = off.contentDocument!;
      const win = off.contentWindow!;
      const tags = fcElements(doc);
      expect(tags.length).to.be.greaterThan(0);
      expect(
        customElementsOf(win).every((t) => !t),
        'nothing was defined',
      ).to.equal(true);
      for (const el of tags) {
        const fallback = el.querySelector('.fallback');
        expect(fallback, `${tagOf(el)} has fallback content`).to.exist;
        expect(fallback!.getClientRects().length, `${tagOf(el)} fallback is shown`).to.be.greaterThan(0);
        expect((fallback as HTMLElement).innerText.trim().length, `${tagOf(el)} fallback has text`).to.be.greaterThan(20);
        const placeholder = parseFloat(win.getComputedStyle(el).minHeight);
        expect(placeholder, `${tagOf(el)} keeps the placeholder height`).to.be.greaterThan(100);
        expect(el.getBoundingClientRect().height).to.be.at.least(placeholder - 0.5);
      }
      off.remove();

      const on = await openPage(url);
      try {
        for (const el of on.elements) {
          const fallback = el.querySelector('.fallback')!;
          expect(fallback.getClientRects().length, `${tagOf(el)} hides its fallback once rendered`).to.equal(0);
          const placeholder = parseFloat(on.win.getComputedStyle(el).getPropertyValue('--fc-placeholder-height')) * 16;
          expect(placeholder, `${tagOf(el)} --fc-placeholder-height`).to.be.greaterThan(100);
        }
      } finally {
        on.close();
      }
    });
  }

  it('the Swedish page: elements take Swedish from <html lang="sv"> without a lang of their own', async () => {
    const page = await openPage('/demo/svenska.html');
    try {
      for (const el of page.elements) {
        expect(el.hasAttribute('lang'), `${tagOf(el)} has no lang attribute`).to.equal(false);
        expect((el as HTMLElement & { language?: string }).language, tagOf(el)).to.equal('sv');
      }
      const house = page.doc.querySelector('fc-network-house')!;
      expect(house.shadowRoot!.textContent).to.contain('Familjecentrets servicehelhet');
      expect(house.shadowRoot!.textContent).to.not.contain('Perhekeskuksen palvelukokonaisuus');
    } finally {
      page.close();
    }
  });
});

function customElementsOf(win: Window): (CustomElementConstructor | undefined)[] {
  const registry = (win as Window & typeof globalThis).customElements;
  return ELEMENTS.map((e) => registry.get(e.tag));
}
