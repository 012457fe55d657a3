/**
 * Big roadmaps for stories, tests and the benchmark (`npm run bench` uses `generateRoadmap(500, 1)`):
 * deterministic for a seed and valid against the format — every theme known, every time a real
 * time inside 2022–2029, every end after its start — with a county's mix of years, quarters,
 * months and days, milestones, all four statuses, items without a status and some descriptions.
 */
import type { Roadmap, RoadmapItem } from '@fc-kit/core';
import { random } from '../../../test/support/random.js';

export const GENERATED_THEMES = [
  { id: 'johtaminen', label: { fi: 'Johtaminen ja rakenteet', sv: 'Ledning och strukturer', en: 'Leadership and structures' } },
  { id: 'palvelut', label: { fi: 'Palvelut ja palveluverkko', sv: 'Tjänster och servicenät', en: 'Services and service network' } },
  { id: 'osaaminen', label: { fi: 'Osaaminen ja koulutus', sv: 'Kompetens och utbildning', en: 'Skills and training' } },
  {
    id: 'digi',
    label: {
      fi: 'Tietojärjestelmät ja digitalisaatio',
      sv: 'Informationssystem och digitalisering',
      en: 'Information systems and digitalisation',
    },
  },
  {
    id: 'yhteistyo',
    label: {
      fi: 'Järjestö- ja seurakuntayhteistyö',
      sv: 'Samarbete med organisationer och församlingar',
      en: 'Cooperation with NGOs and parishes',
    },
  },
  { id: 'arviointi', label: { fi: 'Seuranta ja arviointi', sv: 'Uppföljning och utvärdering', en: 'Monitoring and evaluation' } },
];

const SUBJECTS = [
  { fi: 'Perhekeskuksen', sv: 'Familjecentrets', en: "Family centre's" },
  { fi: 'Neuvolan', sv: 'Rådgivningens', en: 'Child health clinic' },
  { fi: 'Kohtaamispaikan', sv: 'Mötesplatsens', en: 'Meeting place' },
  { fi: 'Sähköisen perhekeskuksen', sv: 'Det elektroniska familjecentrets', en: 'Online family centre' },
  { fi: 'Palveluohjauksen', sv: 'Servicehandledningens', en: 'Service guidance' },
  { fi: 'Perhetyön', sv: 'Familjearbetets', en: 'Family work' },
];
const ACTIONS = [
  { fi: 'toimintamalli', sv: 'verksamhetsmodell', en: 'operating model' },
  { fi: 'pilotti', sv: 'pilot', en: 'pilot' },
  { fi: 'arviointi', sv: 'utvärdering', en: 'evaluation' },
  { fi: 'koulutus', sv: 'utbildning', en: 'training' },
  { fi: 'käyttöönotto', sv: 'införande', en: 'deployment' },
  { fi: 'yhtenäistäminen', sv: 'harmonisering', en: 'harmonisation' },
];
const STATUSES = ['planned', 'ongoing', 'done', 'late'] as const;

export const GENERATED_START_YEAR = 2022;
export const GENERATED_YEARS = 8;

const two = (n: number) => String(n).padStart(2, '0');
/** Month index from January 2022 → `YYYY-MM`. */
const month = (m: number) => `${GENERATED_START_YEAR + Math.floor(m / 12)}-${two((m % 12) + 1)}`;

/** A valid roadmap of exactly `itemCount` items over 2022–2029 in six themes. */
export function generateRoadmap(itemCount: number, seed = 1): Roadmap {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const months = GENERATED_YEARS * 12;
  const items: RoadmapItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const m0 = Math.floor(rand() * months);
    const m1 = Math.min(months - 1, m0 + Math.floor(rand() * 24));
    const milestone = rand() < 0.15;
    const precision = rand();
    let start: string;
    let end: string | undefined;
    if (precision < 0.1) {
      start = month(m0).slice(0, 4);
      end = month(m1).slice(0, 4);
    } else if (precision < 0.3) {
      start = `${month(m0).slice(0, 4)}-Q${Math.floor((m0 % 12) / 3) + 1}`;
      end = `${month(m1).slice(0, 4)}-Q${Math.floor((m1 % 12) / 3) + 1}`;
    } else if (precision < 0.4) {
      const d0 = 1 + Math.floor(rand() * 28);
      const d1 = m1 === m0 ? Math.min(28, d0 + Math.floor(rand() * 10)) : 1 + Math.floor(rand() * 28);
      start = `${month(m0)}-${two(d0)}`;
      end = `${month(m1)}-${two(d1)}`;
    } else {
      start = month(m0);
      end = month(m1);
    }
    const subject = pick(SUBJECTS);
    const action = pick(ACTIONS);
    const n = i + 1;
    const statusRoll = rand();
    const item: RoadmapItem = {
      id: `kohde-${n}`,
      theme: GENERATED_THEMES[Math.floor(rand() * GENERATED_THEMES.length)].id,
      label: { fi: `${subject.fi} ${action.fi} ${n}`, sv: `${subject.sv} ${action.sv} ${n}`, en: `${subject.en} ${action.en} ${n}` },
      start,
      ...(milestone ? {} : { end }),
      ...(statusRoll < 0.9 ? { status: STATUSES[Math.floor((statusRoll / 0.9) * 4)] } : {}),
    };
    if (rand() < 0.3) {
      item.description = {
        fi: `Kohde ${n}: ${subject.fi.toLowerCase()} ${action.fi} toteutetaan yhdessä kuntien ja järjestöjen kanssa.`,
        sv: `Objekt ${n}: ${subject.sv.toLowerCase()} ${action.sv} genomförs tillsammans med kommunerna och organisationerna.`,
        en: `Item ${n}: the ${subject.en.toLowerCase()} ${action.en} is carried out with the municipalities and NGOs.`,
      };
    }
    items.push(item);
  }
  return {
    id: `generoitu-${itemCount}`,
    title: {
      fi: `Generoitu tiekartta (${itemCount} kohdetta)`,
      sv: `Genererad färdplan (${itemCount} objekt)`,
      en: `Generated roadmap (${itemCount} items)`,
    },
    start: String(GENERATED_START_YEAR),
    end: String(GENERATED_START_YEAR + GENERATED_YEARS - 1),
    goal: {
      fi: 'Perhekeskus toimii kaikkialla hyvinvointialueella',
      sv: 'Familjecentret fungerar i hela välfärdsområdet',
      en: 'The family centre works across the whole county',
    },
    themes: GENERATED_THEMES,
    items,
  };
}
