/**
 * Big care paths for stories, tests and the benchmark (`npm run bench` uses
 * `generateCarePath(200, 400)`): deterministic for a seed and valid against the format (every
 * lane and stage known, edges between existing steps, none to itself, none twice), with what a
 * county's paths have: branches, merges, follow-up loops, optional and labelled arrows.
 */
import type { CarePath, CarePathEdge, CarePathStep } from '@fc-kit/core';
import { prng } from '../../../test/support/random.js';

export const GENERATED_LANES = [
  {
    id: 'koti',
    label: { fi: 'Perhe ja koti', sv: 'Familjen och hemmet', en: 'Family and home' },
    settings: [{ fi: 'Koti', sv: 'Hem', en: 'Home' }],
  },
  { id: 'neuvola', label: { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' } },
  { id: 'varhaiskasvatus', label: { fi: 'Varhaiskasvatus ja koulu', sv: 'Småbarnspedagogik och skola', en: 'Early education and school' } },
  { id: 'sote', label: { fi: 'Sote-keskus', sv: 'Social- och hälsocentral', en: 'Health and social services centre' } },
  { id: 'jarjestot', label: { fi: 'Järjestöt ja seurakunnat', sv: 'Organisationer och församlingar', en: 'NGOs and parishes' } },
];

const ACTIONS = [
  { fi: 'Tuen tarpeen tunnistaminen', sv: 'Att känna igen stödbehovet', en: 'Recognising the need for support' },
  { fi: 'Verkostoneuvottelu', sv: 'Nätverksmöte', en: 'Network meeting' },
  { fi: 'Palvelutarpeen arviointi', sv: 'Bedömning av servicebehovet', en: 'Assessing the need for services' },
  { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
  { fi: 'Vertaisryhmä', sv: 'Kamratgrupp', en: 'Peer group' },
  { fi: 'Seuranta', sv: 'Uppföljning', en: 'Follow-up' },
];

/** A valid path of exactly `stepCount` steps and `edgeCount` edges (at most what fits). */
export function generateCarePath(stepCount: number, edgeCount: number, seed = 1, withStages = false): CarePath {
  const r = prng(seed);
  const stages = withStages
    ? [1, 2, 3, 4].map((n) => ({ id: `vaihe-${n}`, label: { fi: `Vaihe ${n}`, sv: `Skede ${n}`, en: `Stage ${n}` } }))
    : undefined;
  const steps: CarePathStep[] = [];
  for (let i = 0; i < stepCount; i++) {
    const action = r.pick(ACTIONS);
    const n = i + 1;
    const step: CarePathStep = {
      id: `vaihe-${n}`,
      label: { fi: `${action.fi} ${n}`, sv: `${action.sv} ${n}`, en: `${action.en} ${n}` },
      lane: r.pick(GENERATED_LANES).id,
    };
    if (stages) step.stage = stages[Math.min(stages.length - 1, Math.floor((i / stepCount) * stages.length))].id;
    if (r.chance(0.3))
      step.description = {
        fi: `Vaihe ${n} tehdään yhdessä perheen kanssa.`,
        sv: `Steg ${n} görs tillsammans med familjen.`,
        en: `Step ${n} is done together with the family.`,
      };
    steps.push(step);
  }
  const most = stepCount * (stepCount - 1);
  const want = Math.min(edgeCount, most);
  const seen = new Set<string>();
  const edges: CarePathEdge[] = [];
  while (edges.length < want) {
    const from = r.int(stepCount);
    // Mostly forward and near (a flow); now and then back (a follow-up loop) or far.
    const back = r.chance(0.05);
    const reach = r.chance(0.1) ? stepCount : 6;
    const to = back ? from - 1 - r.int(Math.min(reach, from + 1)) : from + 1 + r.int(reach);
    if (to < 0 || to >= stepCount || to === from) {
      if (want > stepCount * 4) {
        // Dense requests: fall back to any pair, so the loop ends.
        const a = r.int(stepCount),
          b = r.int(stepCount);
        if (a !== b) add(a, b);
      }
      continue;
    }
    add(from, to);
  }
  function add(from: number, to: number) {
    const key = `${from}>${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    const edge: CarePathEdge = { from: steps[from].id, to: steps[to].id };
    if (r.chance(0.2)) edge.optional = true;
    if (r.chance(0.05)) edge.label = { fi: 'tarvittaessa', sv: 'vid behov', en: 'if needed' };
    edges.push(edge);
  }
  return {
    id: `generoitu-${stepCount}`,
    title: {
      fi: `Generoitu palvelupolku (${stepCount} vaihetta)`,
      sv: `Genererad servicestig (${stepCount} steg)`,
      en: `Generated service path (${stepCount} steps)`,
    },
    lanes: GENERATED_LANES,
    ...(stages ? { stages } : {}),
    steps,
    edges,
  };
}
