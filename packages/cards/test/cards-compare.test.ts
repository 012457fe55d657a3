import { expect } from '@open-wc/testing';
import { comparableSections, itemKey, sectionKey, sectionsOf, sharedItems } from '../src/cards-compare.js';
import { canvas, guidelines, serviceAreas, tasks } from './fixtures.js';

describe('cards: compare', () => {
  it('matches labels whatever their colon, case or language versions', () => {
    expect(sectionKey({ fi: 'Kehittämiskohteena:', en: 'To be developed:' })).to.equal('kehittämiskohteena');
    expect(sectionKey('Kehittämiskohteena ')).to.equal('kehittämiskohteena');
    expect(sectionKey({ sv: 'Nuläge:' })).to.equal('nuläge');
    expect(sectionKey(undefined)).to.equal(undefined);
    expect(sectionKey(' : ')).to.equal(undefined);
  });

  it('finds the two lists the six service areas share, although two print one without its colon', () => {
    const sections = comparableSections(serviceAreas);
    expect(sections.map((s) => [s.key, s.cards])).to.deep.equal([
      ['erityisen hyvää', 6],
      ['kehittämiskohteena', 6],
    ]);
    expect(serviceAreas.cards.map((c) => sectionsOf(c, 'kehittämiskohteena').length)).to.deep.equal([1, 1, 1, 1, 1, 1]);
  });

  it('finds the tasks’ triad and the NGO offers, in the seed’s order', () => {
    expect(comparableSections(tasks).map((s) => s.key)).to.deep.equal([
      'nykytilanne',
      'kehittämistarpeet',
      'ehdotetut toimenpiteet',
      'järjestöt ja seurakunnat tarjoavat esimerkiksi',
    ]);
  });

  it('shows what every service area names as a development target', () => {
    expect(sharedItems(serviceAreas, 'kehittämiskohteena')).to.deep.equal(['Perhekeskuksen johtaminen ja koordinointi']);
    expect(sharedItems(serviceAreas, 'erityisen hyvää')).to.deep.equal([]);
  });

  it('has nothing to compare where no two cards share a label', () => {
    expect(comparableSections(guidelines)).to.deep.equal([]);
    expect(sharedItems(guidelines, 'x')).to.deep.equal([]);
    // The canvas's unlabelled bullets are no column of a comparison.
    expect(comparableSections(canvas).map((s) => s.key)).to.deep.equal([]);
    expect(itemKey({ sv: 'a', en: 'b' })).to.equal('a');
  });
});
