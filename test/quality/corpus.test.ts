/**
 * The robustness corpus (test/corpus) through the elements, the way an editor's file reaches
 * them: as inline JSON in the tag, and as the `src` file. Each shows exactly the lines its manifest
 * entry gives (the CLI test checks the same lines), nothing throws, nothing is polluted.
 */
import { expect } from '@open-wc/testing';
import manifestJson from '../corpus/manifest.json';
import { generatedCases } from '../corpus/generated.mjs';
import { currentExpectation, expectedLines, linesMatch, problemLine, type CorpusEntry } from '../corpus/match-lines.mjs';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';
import { errorLines, errorTitle, quietConsole, settled, shownText, warningLines, watchUncaught, type FcEl } from './support/kit.js';

const manifest = manifestJson as Record<string, CorpusEntry>;
const EN_TITLE = 'This content could not be shown';

let host: HTMLElement;
before(() => {
  host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
});
after(() => host.remove());

async function bytesOf(file: string): Promise<string> {
  const response = await fetch(`/test/corpus/${file}`);
  // Keep a byte-order mark: `response.text()` would strip it before the kit saw it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** Renders one case, returns what is wrong with what it shows (empty when all is right). */
async function runCase(label: string, entry: CorpusEntry, put: (el: FcEl) => void, url: string): Promise<string[]> {
  const wrong: string[] = [];
  const uncaught = watchUncaught();
  const events: { type: string; lines: string[] }[] = [];
  const el = document.createElement(entry.element) as FcEl;
  el.lang = 'en';
  if (entry.item) el.setAttribute('item', entry.item);
  for (const type of ['fc-load', 'fc-error']) {
    el.addEventListener(type, (e) =>
      events.push({
        type,
        lines: ((e as CustomEvent).detail.messages ?? []).map(problemLine).map((l: string) => l.replace(/\s+/g, ' ').trim()),
      }),
    );
  }
  put(el);
  host.append(el);
  try {
    await settled(el);
  } catch (e) {
    wrong.push(`${label}: ${(e as Error).message}`);
  }
  const shown = { error: errorLines(el), warnings: warningLines(el) };
  const check = (e: CorpusEntry) => {
    // The element's lines are read with white space collapsed, as a reader sees them.
    const want = expectedLines(e.lines, url).map((l) => l.replace(/\s+/g, ' ').trim());
    const problems: string[] = [];
    const listed = e.shown === 'error' ? shown.error : e.shown === 'warnings' ? shown.warnings : undefined;
    if (e.shown !== 'error' && shown.error) problems.push(`shows an error: ${JSON.stringify(shown.error)}`);
    if (e.shown !== 'warnings' && shown.warnings) problems.push(`shows left-out entries: ${JSON.stringify(shown.warnings)}`);
    if (e.shown !== 'renders') {
      if (!listed) problems.push(`shows no ${e.shown} list`);
      else if (!linesMatch(listed, want)) problems.push(`shows ${JSON.stringify(listed)}, expected ${JSON.stringify(want)}`);
      const reported = events.find((ev) => ev.type === 'fc-error');
      if (!reported) problems.push('fired no fc-error');
      else if (!linesMatch(reported.lines, want)) problems.push(`fc-error detail says ${JSON.stringify(reported.lines)}`);
      if (e.shown === 'error' && errorTitle(el) !== EN_TITLE) problems.push(`error title is "${errorTitle(el)}"`);
    }
    if (e.shown !== 'error' && !events.some((ev) => ev.type === 'fc-load')) problems.push('fired no fc-load');
    if (e.text && e.shown !== 'error' && !shownText(el).includes(e.text)) problems.push(`does not show "${e.text}"`);
    return problems;
  };
  if (entry.known && check(entry).length === 0) {
    wrong.push(`${label}: fixed (${entry.known.issue}); move "known" out of its manifest entry`);
  } else {
    wrong.push(...check(currentExpectation(entry)).map((p) => `${label}: ${p}`));
  }
  if (entry.shown === 'renders' && /long-word/.test(label) && el.scrollWidth > host.clientWidth + 1) {
    wrong.push(`${label}: a long word makes the element ${el.scrollWidth}px wide in a ${host.clientWidth}px column`);
  }
  uncaught.stop();
  wrong.push(...uncaught.caught.map((c) => `${label}: ${c}`));
  el.remove();
  return wrong;
}

const inline = (text: string) => (el: FcEl) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
};

describe('the robustness corpus in the elements', function () {
  this.timeout(180_000);
  let console_: ReturnType<typeof quietConsole>;
  beforeEach(() => {
    console_ = quietConsole();
  });
  afterEach(() => console_.restore());

  const files = Object.keys(manifest);

  it(`shows the expected lines for every corpus file given as inline JSON (${files.length} files)`, async () => {
    const wrong: string[] = [];
    for (const file of files) wrong.push(...(await runCase(`${file} (inline)`, manifest[file], inline(await bytesOf(file)), '')));
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it('shows the expected lines for every corpus file given as src', async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const url = `/test/corpus/${file}`;
      wrong.push(...(await runCase(`${file} (src)`, manifest[file], (el) => el.setAttribute('src', url), url)));
    }
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it('handles the generated cases: 10 MB, 10,000 deep, 5,001 wide', async () => {
    const wrong: string[] = [];
    for (const c of generatedCases()) wrong.push(...(await runCase(c.name, c, inline(c.body), '')));
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  it('lists its known defects (each fails this suite once fixed, to be promoted)', () => {
    const known = [...Object.entries(manifest), ...generatedCases().map((c) => [c.name, c] as const)].filter(([, e]) => e.known);
    for (const [name, entry] of known) console.log(`fc-kit corpus, known defect: ${name}: ${entry.known!.issue}`);
    const owners = ['core', ...VISUAL_ELEMENTS.map((e) => e.pkg)];
    expect(known.every(([, e]) => owners.includes(e.known!.issue.split(':')[0]))).to.equal(true);
  });

  it('leaves Object.prototype as it was', () => {
    const proto = Object.prototype as Record<string, unknown>;
    expect(proto.polluted).to.equal(undefined);
    expect(proto.fi).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(
      Object.getOwnPropertyNames(Object.prototype).filter(
        (k) => !k.startsWith('__') && typeof proto[k] !== 'function' && k !== 'constructor',
      ),
    ).to.deep.equal([]);
  });
});
