import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'n'
  | 'respondents'
  | 'answers'
  | 'multi-hint'
  | 'kind-doughnut'
  | 'kind-pie'
  | 'kind-bar'
  | 'summary'
  | 'show-table'
  | 'hide-table'
  | 'download-csv'
  | 'download-png'
  | 'col-answer'
  | 'col-count'
  | 'col-percent'
  | 'total'
  | 'bad-chart'
  | 'chart-failed';

const strings: Strings<Key> = {
  fi: {
    n: 'N = {n}',
    respondents: '{n} vastaajaa',
    answers: 'Vastaukset',
    'multi-hint':
      'Vastaaja saattoi valita useita vaihtoehtoja. Osuudet on laskettu vastaajista, joten ne voivat olla yhteensä yli {hundred}.',
    'kind-doughnut': 'Rengaskaavio',
    'kind-pie': 'Piirakkakaavio',
    'kind-bar': 'Vaakapylväskaavio',
    summary: '{kind}: {question} {respondents}: {answers}.',
    'show-table': 'Näytä taulukko',
    'hide-table': 'Piilota taulukko',
    'download-csv': 'Lataa CSV',
    'download-png': 'Lataa kuva (PNG)',
    'col-answer': 'Vastaus',
    'col-count': 'Lukumäärä',
    'col-percent': 'Osuus vastaajista',
    total: 'Vastaajia (N)',
    'bad-chart': 'attribuutin chart arvo "{value}" ei kelpaa; käytä jotakin näistä: doughnut, pie, bar',
    'chart-failed': 'Kaaviota ei voitu piirtää. Tiedot ovat taulukossa.',
  },
  sv: {
    n: 'N = {n}',
    respondents: '{n} svarande',
    answers: 'Svar',
    'multi-hint':
      'De svarande kunde välja flera alternativ. Andelarna är räknade på antalet svarande och kan därför tillsammans bli över {hundred}.',
    'kind-doughnut': 'Ringdiagram',
    'kind-pie': 'Cirkeldiagram',
    'kind-bar': 'Liggande stapeldiagram',
    summary: '{kind}: {question} {respondents}: {answers}.',
    'show-table': 'Visa tabell',
    'hide-table': 'Dölj tabell',
    'download-csv': 'Ladda ner CSV',
    'download-png': 'Ladda ner bild (PNG)',
    'col-answer': 'Svar',
    'col-count': 'Antal',
    'col-percent': 'Andel av svarande',
    total: 'Svarande (N)',
    'bad-chart': 'attributet chart har värdet "{value}", som inte duger; använd ett av: doughnut, pie, bar',
    'chart-failed': 'Diagrammet kunde inte ritas. Uppgifterna finns i tabellen.',
  },
  en: {
    n: 'N = {n}',
    respondents: '{n} respondents',
    answers: 'Answers',
    'multi-hint': 'Respondents could choose several options. Shares are of respondents, so together they may exceed {hundred}.',
    'kind-doughnut': 'Doughnut chart',
    'kind-pie': 'Pie chart',
    'kind-bar': 'Horizontal bar chart',
    summary: '{kind}: {question} {respondents}: {answers}.',
    'show-table': 'Show table',
    'hide-table': 'Hide table',
    'download-csv': 'Download CSV',
    'download-png': 'Download image (PNG)',
    'col-answer': 'Answer',
    'col-count': 'Count',
    'col-percent': 'Share of respondents',
    total: 'Respondents (N)',
    'bad-chart': 'the chart attribute "{value}" is not allowed; use one of doughnut, pie, bar',
    'chart-failed': 'The chart could not be drawn. The data is in the table.',
  },
};

export const t = translator(strings);
