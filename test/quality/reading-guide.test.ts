/**
 * "How to read this figure" (Chartability, critical): every element in the kit's table says what it
 * is for, how to read it and which keys work in it, in fi, sv and en; the sentence is shown under
 * the title and a screen reader meets it right after the title. A new element in the table is held
 * to the same from the day it is added.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS, errorLines } from './support/kit.js';
import { showcase, showcasePage } from './support/showcase.js';
import { axNodes, axTree } from './support/ax-tree.js';

const LANGS = ['fi', 'sv', 'en'] as const;
type Guided = HTMLElement & { readingGuide(lang: string): string };

describe('how to read this figure', function () {
  this.timeout(60_000);
  const shown = showcasePage('900px');

  for (const tag of ELEMENTS) {
    it(`<${tag}>: a purpose-and-reading sentence in fi, sv and en, shown under the title and read after it`, async () => {
      const sentences: string[] = [];
      for (const lang of LANGS) {
        const el = (await showcase(tag, shown.page, lang)) as unknown as Guided;
        expect(errorLines(el)).to.equal(undefined);
        const sentence = el.readingGuide(lang);
        expect(sentence, `${tag} ${lang}`).to.match(/^\p{Lu}.{40,400}\.$/u);
        sentences.push(sentence);
        const guide = el.shadowRoot!.querySelector<HTMLElement>('[part~="guide"]');
        expect(guide, `${tag} ${lang}: no guide`).to.not.equal(null);
        expect(guide!.textContent!.trim()).to.equal(sentence);
        expect(guide!.getBoundingClientRect().height, `${tag} ${lang}: the guide is not shown`).to.be.greaterThan(10);
        expect(parseFloat(getComputedStyle(guide!).fontSize), 'at least 12 px').to.be.at.least(12);
        // In the accessibility tree: the title heading first, the guide next.
        const nodes = [...axNodes(await axTree(el))].filter((n) => n.role !== 'InlineTextBox');
        const title = nodes.findIndex((n) => n.role === 'heading');
        const read = nodes.findIndex((n) => n.role === 'StaticText' && n.name === sentence);
        expect(title, `${tag} ${lang}: no heading`).to.be.at.least(0);
        expect(read, `${tag} ${lang}: the guide is not in the accessibility tree`).to.be.greaterThan(title);
        el.remove();
      }
      expect(new Set(sentences).size, `${tag}: the same sentence in two languages`).to.equal(LANGS.length);
    });
  }
});
