import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { CarePathSchema, checkCarePath, describeIssue, formatPath, type CarePath, type Issue } from '@fc-kit/core';
// The one translation of valibot's issues into ours, as run-time validation uses it.
import { fromValibotIssue } from '../../core/src/document/issues.js';
import { clone, nepsyPath, smallPath, wellbeingClinicPath } from './fixtures.js';
import { generateCarePath } from './generate.js';

/** What a reader is told about an item: the schema's issues, else the cross-field checks'. */
function problems(item: unknown, lang: 'fi' | 'sv' | 'en' = 'en'): string[] {
  const parsed = v.safeParse(CarePathSchema, item, { abortEarly: false });
  const issues: Issue[] = parsed.success ? checkCarePath(parsed.output) : parsed.issues.map((i) => fromValibotIssue(i));
  return issues.map((i) => describeIssue(i, lang));
}

describe('care path format', () => {
  it('accepts both seed paths, the small path and a generated one', () => {
    for (const item of [nepsyPath, wellbeingClinicPath, smallPath, generateCarePath(200, 400), generateCarePath(60, 90, 3, true)]) {
      expect(problems(item), item.id).to.deep.equal([]);
    }
  });

  it('the Nepsy path is the seed as quoted: four lanes, four settings, twelve steps', () => {
    expect(nepsyPath.id).to.equal('ep-nepsy-polku');
    expect(nepsyPath.lanes.map((l) => (l.label as { fi: string }).fi)).to.deep.equal([
      'Lapsen/nuoren oma elinympäristö',
      'Sote-keskus',
      'Erikoissairaanhoito',
      'Muu verkosto',
    ]);
    expect(nepsyPath.lanes[0].settings!.map((s) => (s as { fi: string }).fi)).to.deep.equal(['Koti', 'Neuvola', 'Varh.kasvatus', 'Koulu']);
    expect(nepsyPath.steps.map((s) => (s.label as { fi: string }).fi)).to.deep.equal([
      'Palvelutarpeen tunnistaminen',
      'Moniammatillinen arvio / Verkostoneuvottelu',
      'Perustasolla tehtävät diagnostiset tutkimukset',
      'Yksilöllinen hoitosuunnitelma',
      'Tutkimukset ja hoito ESH:ssa',
      'Toiminta-, puhe- ja fysioterapia',
      'Jatkohoito ja seuranta perustasolla',
      'Kevyet tukitoimet',
      'Pedagoginen tuki (varh.kasvatus, esi- ja per.opet, ammat.koul.)',
      'Sujuva arki',
      'Kelan kuntoutustuet',
      'Palveluihin ohjaaminen',
    ]);
    expect((nepsyPath.note as { en: string }).en).to.match(/^Lanes and arrows are reconstructed by fc-kit/);
  });

  it('the wellbeing-clinic model quotes its source sentences and says it is reconstructed', () => {
    const descriptions = wellbeingClinicPath.steps.map((s) => (s.description as { fi: string }).fi).join(' ');
    expect(descriptions).to.contain(
      'Verkostossa sovitaan, miten asiassa edetään, kuka tekee mitäkin ja milloin järjestetään mahdollinen uusi tapaaminen.',
    );
    expect(descriptions).to.contain('Perhe on mukana sopimassa etenemisestä ja heidän näkemyksensä ovat keskiössä.');
    expect((wellbeingClinicPath.note as { fi: string }).fi).to.contain('Kuva 4, 001:961');
    // The follow-up loop: the network may meet again.
    expect(wellbeingClinicPath.edges!.some((e) => e.optional && e.to === 'verkosto-kootaan')).to.equal(true);
  });

  it('reports missing and wrong fields with their paths', () => {
    expect(problems({ id: 'p', title: 'T', lanes: [], steps: [] })).to.deep.equal(['lanes: must not be empty', 'steps: must not be empty']);
    const bad = clone(smallPath) as unknown as Record<string, any>;
    bad.steps[1].url = 'javascript:alert(1)';
    bad.edges[0].optional = 'yes';
    delete bad.steps[2].lane;
    expect(problems(bad)).to.deep.equal([
      'steps[1].url: only https, http, mailto or relative URLs are allowed',
      'steps[2].lane: required value is missing',
      'edges[0].optional: expected true or false',
    ]);
  });

  it('finds duplicate ids in lanes, stages and steps', () => {
    const p = clone(smallPath);
    p.lanes.push({ id: 'koti', label: 'Toinen koti' });
    p.stages!.push({ id: 'tuki', label: 'Toinen tuki' });
    p.steps.push({ id: 'arvio', lane: 'koti', label: 'Toinen arvio' });
    expect(problems(p)).to.deep.equal([
      'lanes[3].id: id "koti" is used twice',
      'stages[2].id: id "tuki" is used twice',
      'steps[5].id: id "arvio" is used twice',
    ]);
  });

  it('finds lanes, stages and edge ends that do not exist', () => {
    const p = clone(smallPath);
    p.steps[0].lane = 'koulu';
    p.steps[1].stage = 'loppu';
    p.edges!.push({ from: 'huoli', to: 'kela' }, { from: 'ei-ole', to: 'arki' });
    expect(problems(p)).to.deep.equal([
      'steps[0].lane: there is no id "koulu"',
      'steps[1].stage: there is no id "loppu"',
      'edges[6].to: there is no id "kela"',
      'edges[7].from: there is no id "ei-ole"',
    ]);
  });

  it('a step with a stage in a path without stages is an unknown reference', () => {
    const p = clone(smallPath);
    delete p.stages;
    expect(problems(p)).to.have.length(5);
    expect(problems(p)[0]).to.equal('steps[0].stage: there is no id "alku"');
  });

  it('rejects an edge to itself and an edge given twice, in each language', () => {
    const p = clone(smallPath);
    p.edges!.push({ from: 'arki', to: 'arki' }, { from: 'arvio', to: 'perhetyo', optional: true });
    expect(problems(p)).to.deep.equal([
      'edges[6].to: a link cannot go from a node to itself',
      'edges[7]: the arrow from step "arvio" to step "perhetyo" is given twice',
    ]);
    expect(problems(p, 'fi')[1]).to.equal('edges[7]: nuoli vaiheesta "arvio" vaiheeseen "perhetyo" on annettu kahteen kertaan');
    expect(problems(p, 'sv')[1]).to.equal('edges[7]: pilen från steget "arvio" till steget "perhetyo" anges två gånger');
  });

  it('allows a cycle and the same pair in both directions', () => {
    const p = clone(smallPath);
    p.edges!.push({ from: 'arki', to: 'huoli' }, { from: 'arvio', to: 'huoli' });
    expect(problems(p)).to.deep.equal([]);
  });

  it('keeps ids with unusual characters apart when looking for duplicate edges', () => {
    const p: CarePath = {
      id: 'p',
      title: 'T',
      lanes: [{ id: 'l', label: 'L' }],
      steps: [
        { id: 'a>b', lane: 'l', label: '1' },
        { id: 'c', lane: 'l', label: '2' },
        { id: 'a', lane: 'l', label: '3' },
        { id: 'b>c', lane: 'l', label: '4' },
      ],
      edges: [
        { from: 'a>b', to: 'c' },
        { from: 'a', to: 'b>c' },
      ],
    };
    expect(problems(p)).to.deep.equal([]);
    expect(formatPath(['paths', 0, 'edges', 1])).to.equal('paths[0].edges[1]');
  });
});
