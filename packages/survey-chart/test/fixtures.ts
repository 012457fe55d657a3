/**
 * Surveys the element's tests and stories share, so what the stories show is what the tests check:
 * the Kuntaliitto status review's four charts as bundled, and small documents that each break one
 * rule of the format (the contract's bad inputs).
 */
import type { Survey } from '@fc-kit/core';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';

export { kuntaliitto };

export const clone = <T>(x: T): T => structuredClone(x);

/** The four charts' ids, in the order of the review. */
export const SEED_IDS = [
  'perhekeskus-toiminnassa',
  'perhekeskuksen-toiminta',
  'oppilashuolto-puheenjohtaja',
  'laaja-sisote-ryhma',
] as const;

/** A single-choice survey without a `chart`, with translations: the default doughnut. */
export const yesNo: Survey = {
  id: 'kylla-ei',
  question: {
    fi: 'Toimiiko alueellanne perhekeskus?',
    sv: 'Finns det ett familjecenter i ert område?',
    en: 'Is there a family centre in your area?',
  },
  n: 21,
  type: 'single',
  answers: [
    { label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, count: 18 },
    { label: { fi: 'Ei', sv: 'Nej', en: 'No' }, count: 3 },
  ],
};

/** The same as a pie, by the data's own `chart`. */
export const asPie: Survey = { ...yesNo, id: 'piirakka', chart: 'pie' };

/** Labels a CSV must quote or defuse, and counts in the thousands. */
export const awkward: Survey = {
  id: 'hankala/nimi:2023',
  question: 'Mitä "palveluja"; kuinka paljon?',
  n: 1234,
  type: 'multi',
  answers: [
    { label: 'Neuvola; äitiys', count: 1200 },
    { label: 'Sanottiin "hyvä"', count: 617 },
    { label: '=SUM(A1)', count: 5 },
  ],
};

const doc = (survey: unknown) => ({ fcVersion: 1, id: 'testi', surveys: [survey] });

/** The contract's bad inputs, each as a document, with the English line the element must show. */
export const BAD: Record<string, { doc: unknown; en: string; fi: string }> = {
  'count over n': {
    doc: doc({
      ...yesNo,
      type: 'multi',
      answers: [
        { label: 'Kyllä', count: 22 },
        { label: 'Ei', count: 3 },
      ],
    }),
    en: 'surveys[0].answers[0].count: count 22 is more than the respondents (n = 21)',
    fi: 'surveys[0].answers[0].count: määrä 22 on suurempi kuin vastaajia (n = 21)',
  },
  'a negative count': {
    doc: doc({
      ...yesNo,
      answers: [
        { label: 'Kyllä', count: -1 },
        { label: 'Ei', count: 22 },
      ],
    }),
    en: 'surveys[0].answers[0].count: must be at least 0',
    fi: 'surveys[0].answers[0].count: pienin sallittu arvo on 0',
  },
  'counts not adding up to n': {
    doc: doc({
      ...yesNo,
      answers: [
        { label: 'Kyllä', count: 18 },
        { label: 'Ei', count: 2 },
      ],
    }),
    en: 'surveys[0].answers: counts add up to 20, but n = 21',
    fi: 'surveys[0].answers: määrät ovat yhteensä 20, mutta n = 21',
  },
  'no answers': {
    doc: doc({ ...yesNo, answers: [] }),
    en: 'surveys[0].answers: must not be empty',
    fi: 'surveys[0].answers: ei saa olla tyhjä',
  },
  'n = 0': {
    doc: doc({ ...yesNo, n: 0, answers: [{ label: 'Kyllä', count: 0 }] }),
    en: 'surveys[0].n: must be at least 1',
    fi: 'surveys[0].n: pienin sallittu arvo on 1',
  },
  'an unknown chart': {
    doc: doc({ ...yesNo, chart: 'radar' }),
    en: 'surveys[0].chart: expected one of "doughnut", "pie", "bar"',
    fi: 'surveys[0].chart: odotettiin jotakin näistä: "doughnut", "pie", "bar"',
  },
  'a count that is not a number': {
    doc: doc({
      ...yesNo,
      answers: [
        { label: 'Kyllä', count: '18' },
        { label: 'Ei', count: 3 },
      ],
    }),
    en: 'surveys[0].answers[0].count: expected a number',
    fi: 'surveys[0].answers[0].count: odotettiin lukua',
  },
};
