/**
 * Security: data is text, never markup. XSS payloads in every text, URL and id of every element's
 * document run no script and inject no element, also after every part has been opened; unsafe
 * URL schemes are refused by validation in every URL field; prototype keys pollute nothing.
 * (The strict-CSP page is test/quality/csp.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { checkDocument, allIssues, describeIssue, type Collection } from '@fc-kit/core';
import { ELEMENT_OF, errorLines, frames, quietConsole, settled, shadowRoots, shownText, watchUncaught, type FcEl } from './support/kit.js';
import { FULL, rewrite } from './support/full-documents.js';

declare global {
  interface Window {
    __fcXss?: number;
  }
}

const MARK = 'window.__fcXss=1';
const TEXT_PAYLOADS = [
  `<img src=x onerror="${MARK}">`,
  `<script>${MARK}</script>`,
  `"><svg onload=${MARK}>`,
  `'><svg/onload=${MARK}>`,
  `<iframe srcdoc="<script>parent.__fcXss=1</script>"></iframe>`,
  `<a href="javascript:${MARK}">linkki</a>`,
  `<details open ontoggle=${MARK}>`,
  `<style>@import 'https://evil.example/x.css'</style>`,
  `{{constructor.constructor('${MARK}')()}}`,
  `\${${MARK}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${MARK}>`,
  `javascript:${MARK}`,
];
/** URLs that pass validation (https or relative) yet try to break out of an attribute. */
const URL_PAYLOADS = [
  `https://example.fi/"><img/src=x/onerror=${MARK}>`,
  `"><svg/onload=${MARK}>`,
  `https://example.fi/'onmouseover='${MARK}`,
  `/a?q=<script>${MARK}</script>`,
  `#"><img/src=x/onerror=${MARK}>`,
];

/** Anything a payload could have put on the page, in every shadow root of the element. */
function injected(el: Element): string[] {
  const found: string[] = [];
  for (const root of [el, ...shadowRoots(el)]) {
    for (const node of (root as Element | ShadowRoot).querySelectorAll('*')) {
      const tag = node.localName;
      if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'math', 'mglyph'].includes(tag)) found.push(`<${tag}>`);
      // The kit's own styles and disclosures are fine; ones carrying a payload are not.
      if (['style', 'link', 'details'].includes(tag) && /evil|__fcXss/.test(node.outerHTML)) found.push(`<${tag}> from data`);
      if (tag === 'img' && /^x$|\/x$/.test(node.getAttribute('src') ?? '')) found.push('<img src=x>');
      for (const attr of node.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`<${tag} ${attr}>`);
        if (attr === 'srcdoc') found.push(`<${tag} srcdoc>`);
      }
      const href = (node.getAttribute('href') ?? node.getAttribute('xlink:href') ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (/^(javascript|data|vbscript):/.test(href)) found.push(`<${tag} href=${href.slice(0, 30)}>`);
    }
  }
  return found;
}

/** Opens everything a reader can open: buttons, tree items, disclosures. Links are not followed. */
async function openEverything(el: FcEl) {
  for (let round = 0; round < 2; round++) {
    const targets = [...shadowRoots(el)].flatMap((r) => [
      ...r.querySelectorAll<HTMLElement>('button, [role="treeitem"], [role="button"], summary, [tabindex="0"]'),
    ]);
    for (const t of targets) {
      if (t.matches('[part~="retry-button"]')) continue;
      t.click();
      t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    await el.updateComplete;
    await frames(1);
  }
}

const noNavigation = (e: Event) => {
  if (e.composedPath().some((n) => n instanceof HTMLAnchorElement || n instanceof SVGAElement)) e.preventDefault();
};

describe('security: data is text, never markup', function () {
  this.timeout(120_000);
  let quiet: ReturnType<typeof quietConsole>;
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    delete window.__fcXss;
    quiet = quietConsole();
    uncaught = watchUncaught();
    window.addEventListener('click', noNavigation, true);
  });
  afterEach(() => {
    quiet.restore();
    uncaught.stop();
    window.removeEventListener('click', noNavigation, true);
  });

  for (const [collection, tag] of Object.entries(ELEMENT_OF) as [Collection, string][]) {
    it(`<${tag}>: payloads in every text, URL and id run nothing and inject nothing`, async () => {
      const variants: [string, unknown][] = TEXT_PAYLOADS.map((p, k) => [
        `texts = ${p}`,
        rewrite(FULL[collection], {
          text: (_, n) => `${TEXT_PAYLOADS[(k + n) % TEXT_PAYLOADS.length]} ${n}`,
          url: (_, n) => URL_PAYLOADS[(k + n) % URL_PAYLOADS.length],
        }),
      ]);
      variants.push([
        'ids = payloads',
        rewrite(FULL[collection], { id: (id) => `${TEXT_PAYLOADS[id.length % TEXT_PAYLOADS.length]}#${id}`.slice(-200) }),
      ]);
      const wrong: string[] = [];
      for (const [label, doc] of variants) {
        expect(
          allIssues(checkDocument(doc)).map((i) => describeIssue(i, 'en')),
          `${label}: the document must be valid`,
        ).to.deep.equal([]);
        const el = document.createElement(tag) as FcEl;
        el.lang = 'fi';
        el.data = doc;
        document.body.append(el);
        await settled(el);
        if (errorLines(el)) wrong.push(`${label}: shows an error ${JSON.stringify(errorLines(el))}`);
        await openEverything(el);
        await new Promise((r) => setTimeout(r, 50));
        const found = injected(el);
        if (found.length) wrong.push(`${label}: injected ${[...new Set(found)].join(', ')}`);
        if (label.startsWith('texts') && !TEXT_PAYLOADS.some((p) => shownText(el).includes(p)))
          wrong.push(`${label}: no payload is shown as text`);
        el.remove();
      }
      await frames(2);
      expect(window.__fcXss, 'a payload ran').to.equal(undefined);
      expect(uncaught.caught).to.deep.equal([]);
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
    });
  }

  it('has a detector that sees markup made from data (negative control)', async () => {
    // Deliberately unsafe, to prove the checks above can fail: a view that parses data as HTML.
    const bad = document.createElement('div');
    const root = bad.attachShadow({ mode: 'open' });
    root.innerHTML = TEXT_PAYLOADS.slice(0, 3).join('');
    document.body.append(bad);
    await new Promise((r) => setTimeout(r, 100));
    expect(injected(bad)).to.include.members(['<img src=x>', '<img onerror>', '<svg onload>']);
    expect(window.__fcXss).to.equal(1);
    bad.remove();
  });

  it('refuses javascript:, data: and vbscript: URLs in every URL field, and links none of them', async () => {
    const schemes = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&#58;alert(1)'.replace('&#58;', ':'),
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
      '\u0000javascript:alert(1)',
      'javascript\u0000:alert(1)',
    ];
    const wrong: string[] = [];
    let fields = 0;
    for (const [collection, tag] of Object.entries(ELEMENT_OF) as [Collection, string][]) {
      const urlCount = JSON.stringify(FULL[collection]).match(/"url":/g)!.length;
      for (let field = 0; field < urlCount; field++) {
        fields++;
        for (const bad of schemes) {
          const doc = rewrite(FULL[collection], { url: (v, n) => (n === field ? bad : v) });
          const messages = allIssues(checkDocument(doc)).map((i) => describeIssue(i, 'en'));
          if (messages.length !== 1 || !/url: only https, http, mailto or relative URLs are allowed$/.test(messages[0])) {
            wrong.push(`${collection} url #${field} = ${JSON.stringify(bad)}: ${JSON.stringify(messages)}`);
          }
        }
        const doc = rewrite(FULL[collection], { url: (v, n) => (n === field ? schemes[0] : v) });
        const el = document.createElement(tag) as FcEl;
        el.lang = 'en';
        el.data = doc;
        document.body.append(el);
        await settled(el);
        const found = injected(el);
        if (found.length) wrong.push(`<${tag}> url #${field}: ${found.join(', ')}`);
        if (!errorLines(el) && !document.body.contains(el)) wrong.push(`<${tag}>: vanished`);
        el.remove();
      }
    }
    expect(fields, 'URL fields covered').to.be.at.least(10);
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it('is not polluted by __proto__ and constructor keys in any object of any document', async () => {
    const wrong: string[] = [];
    for (const [collection, tag] of Object.entries(ELEMENT_OF) as [Collection, string][]) {
      // Through JSON text, as a file would bring them: JSON.parse makes "__proto__" an own key.
      const text = JSON.stringify(FULL[collection]).replaceAll(
        '{',
        '{"__proto__":{"polluted":"yes","fi":"saastunut","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},',
      );
      const el = document.createElement(tag) as FcEl;
      el.lang = 'fi';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      el.append(script);
      document.body.append(el);
      await settled(el);
      if (errorLines(el)) wrong.push(`<${tag}> shows an error: ${JSON.stringify(errorLines(el))}`);
      if (shownText(el).includes('saastunut')) wrong.push(`<${tag}> shows a text from a __proto__ key`);
      await openEverything(el);
      el.remove();
    }
    const proto = Object.prototype as Record<string, unknown>;
    expect([proto.polluted, proto.fi, proto.isAdmin, ({} as Record<string, unknown>).polluted]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });
});
