/**
 * Big surveys for stories, tests and the benchmark: deterministic for a seed, valid against the
 * format (a single-choice survey's counts add up to n; a multiple-choice one's are each at most n).
 */
import type { Survey } from '@fc-kit/core';
import { random } from '../../../test/support/random.js';

const SERVICES = [
  { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
  { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
  { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place' },
  { fi: 'Kasvatus- ja perheneuvonta', sv: 'Uppfostrings- och familjerådgivning', en: 'Child guidance and family counselling' },
  { fi: 'Koulu- ja opiskeluterveydenhuolto', sv: 'Skol- och studerandehälsovård', en: 'School and student health care' },
  {
    fi: 'Varhaiskasvatuksen erityisopettaja',
    sv: 'Speciallärare inom småbarnspedagogiken',
    en: 'Special teacher in early childhood education',
  },
  { fi: 'Järjestöjen vertaisryhmät', sv: 'Organisationernas kamratgrupper', en: 'Peer groups run by NGOs' },
  { fi: 'Seurakunnan perhetoiminta', sv: 'Församlingens familjeverksamhet', en: 'Parish family activities' },
  { fi: 'Sähköinen perhekeskus', sv: 'Elektroniskt familjecenter', en: 'Online family centre' },
  { fi: 'Lastensuojelun avohuolto', sv: 'Öppenvård inom barnskyddet', en: 'Community-based child welfare' },
];

export interface GenerateOptions {
  answers?: number;
  n?: number;
  type?: Survey['type'];
  seed?: number;
}

/** A valid survey with `answers` answers (≥ 1) and `n` respondents. */
export function generateSurvey({ answers = 12, n = 1234, type = 'single', seed = 1 }: GenerateOptions = {}): Survey {
  const rand = random(seed);
  const labels = Array.from({ length: answers }, (_, i) => {
    const s = SERVICES[i % SERVICES.length];
    const round = Math.floor(i / SERVICES.length);
    return round ? { fi: `${s.fi} ${round + 1}`, sv: `${s.sv} ${round + 1}`, en: `${s.en} ${round + 1}` } : s;
  });
  let counts: number[];
  if (type === 'multi') {
    counts = labels.map(() => Math.floor(rand() * (n + 1)));
  } else {
    // Split n at random cut points so that the counts add up to it exactly.
    const cuts = Array.from({ length: answers - 1 }, () => Math.floor(rand() * (n + 1))).sort((a, b) => a - b);
    counts = [...cuts, n].map((c, i) => c - (i ? cuts[i - 1] : 0));
  }
  return {
    id: `generoitu-${type}-${answers}-${seed}`,
    question: {
      fi: `Mitä palveluja perhekeskukseenne kuuluu? (generoitu, ${answers} vaihtoehtoa)`,
      sv: `Vilka tjänster hör till ert familjecenter? (genererad, ${answers} alternativ)`,
      en: `Which services does your family centre include? (generated, ${answers} options)`,
    },
    n,
    type,
    answers: labels.map((label, i) => ({ label, count: counts[i] })),
    ...(type === 'multi' ? { chart: 'bar' as const } : {}),
    note: {
      fi: 'Generoitu esimerkki, ei todellista aineistoa.',
      sv: 'Genererat exempel, inte verkliga data.',
      en: 'A generated example, not real data.',
    },
  };
}
