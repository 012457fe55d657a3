/**
 * Big matrices for stories, tests and the benchmark (the bench paints `generateMatrix(50, 10, 5)`):
 * deterministic for a seed and valid against the format, with labels and points in three
 * languages, and optionally some empty and some uncertain cells.
 */
import type { Matrix, MatrixCell } from '@fc-kit/core';
import { random } from '../../../test/support/random.js';

const GROUPS = [
  { fi: 'Vauvaperheet', sv: 'Babyfamiljer', en: 'Families with babies' },
  { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
  { fi: 'Uusperheet', sv: 'Ombildade familjer', en: 'Blended families' },
  { fi: 'Maahanmuuttajaperheet', sv: 'Invandrarfamiljer', en: 'Immigrant families' },
  { fi: 'Yksinhuoltajat', sv: 'Ensamförsörjare', en: 'Single parents' },
];
const QUESTIONS = [
  { fi: 'Mitä tarvitaan?', sv: 'Vad behövs?', en: 'What is needed?' },
  { fi: 'Kuka vastaa?', sv: 'Vem ansvarar?', en: 'Who is responsible?' },
  { fi: 'Mikä vaihe on kriittisin?', sv: 'Vilket skede är mest kritiskt?', en: 'Which stage is most critical?' },
  { fi: 'Mitä tehdään digitaalisesti?', sv: 'Vad görs digitalt?', en: 'What is done digitally?' },
];
const POINTS = [
  { fi: 'Yhtenäinen palvelutarpeen arviointi', sv: 'Enhetlig bedömning av servicebehovet', en: 'A shared assessment of service needs' },
  { fi: 'Matalan kynnyksen neuvonta', sv: 'Rådgivning med låg tröskel', en: 'Low-threshold advice' },
  { fi: 'Omatyöntekijä koordinoi', sv: 'Den egna arbetaren samordnar', en: 'The named worker coordinates' },
  { fi: 'Konsultaatio erityistasolta', sv: 'Konsultation från specialnivån', en: 'Consultation from specialist services' },
  { fi: 'Jalkautuvat palvelut kouluille', sv: 'Uppsökande tjänster i skolorna', en: 'Outreach services in schools' },
  { fi: 'Vertaistuki ja kokemusasiantuntijat', sv: 'Kamratstöd och erfarenhetsexperter', en: 'Peer support and experts by experience' },
];

export interface GenerateOptions {
  seed?: number;
  /** Share of cells left out (shown empty) and of cells marked uncertain. */
  empty?: number;
  uncertain?: number;
}

/** A valid matrix of `rows` × `columns` cells with `points` points in each cell the data gives. */
export function generateMatrix(rows: number, columns: number, points: number, options: GenerateOptions = {}): Matrix {
  const { seed = 1, empty = 0, uncertain = 0 } = options;
  const rand = random(seed);
  const cells: MatrixCell[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      if (rand() < empty) continue;
      const items = Array.from({ length: points }, (_, p) => {
        const base = POINTS[Math.floor(rand() * POINTS.length)];
        const n = `${r}.${c}.${p + 1}`;
        return { fi: `${base.fi} (${n})`, sv: `${base.sv} (${n})`, en: `${base.en} (${n})` };
      });
      cells.push({ row: `r${r}`, column: `c${c}`, items, ...(rand() < uncertain ? { uncertain: true } : {}) });
    }
  }
  const label = (list: typeof GROUPS, i: number) => {
    const base = list[(i - 1) % list.length];
    return { fi: `${base.fi} ${i}`, sv: `${base.sv} ${i}`, en: `${base.en} ${i}` };
  };
  return {
    id: `generoitu-${rows}x${columns}`,
    title: {
      fi: `Generoitu matriisi (${rows} × ${columns})`,
      sv: `Genererad matris (${rows} × ${columns})`,
      en: `Generated matrix (${rows} × ${columns})`,
    },
    rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i + 1}`, label: label(QUESTIONS, i + 1) })),
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i + 1}`, label: label(GROUPS, i + 1) })),
    cells,
  };
}
