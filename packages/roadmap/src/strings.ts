import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'guide'
  | 'status-planned'
  | 'status-ongoing'
  | 'status-done'
  | 'status-late'
  | 'legend'
  | 'bar'
  | 'milestone'
  | 'today'
  | 'today-on'
  | 'goal'
  | 'theme'
  | 'time'
  | 'status'
  | 'kind'
  | 'no-description'
  | 'no-items'
  | 'hint-chart'
  | 'hint-list'
  | 'year-group'
  | 'descriptions'
  | 'quarter-tick'
  | 'quarter'
  | 'item'
  | 'description'
  | 'whole-range';

const strings: Strings<Key> = {
  fi: {
    guide:
      'Tiekartta näyttää, mitä tehdään ja milloin: kohteet ovat teemoittain aikajärjestyksessä, ja merkki kertoo kunkin tilan. Kohteet ovat yksi sarkainpysäkki: nuolinäppäimet siirtyvät kohteesta toiseen, Enter avaa kuvauksen.',
    'status-planned': 'Suunniteltu',
    'status-ongoing': 'Käynnissä',
    'status-done': 'Valmis',
    'status-late': 'Myöhässä',
    legend: 'Selite',
    bar: 'Ajanjakso',
    milestone: 'Virstanpylväs',
    today: 'Tänään',
    'today-on': 'Tänään {date}',
    goal: 'Tavoite',
    theme: 'Teema',
    time: 'Ajankohta',
    status: 'Tila',
    kind: 'Tyyppi',
    'no-description': 'Kohteelle ei ole kuvausta.',
    'no-items': 'Ei kohteita',
    'hint-chart':
      'Nuolet: vasen ja oikea ajassa, ylös ja alas teemasta toiseen, Home ja End rivin päihin. Enter tai välilyönti avaa kohteen, Esc sulkee.',
    'hint-list':
      'Nuolet ylös ja alas siirtävät kohteesta toiseen, Home ja End listan päihin. Enter tai välilyönti avaa kohteen, Esc sulkee.',
    'year-group': 'Vuonna {year} alkavat',
    descriptions: 'Kohteiden kuvaukset',
    'quarter-tick': '{q}. nelj.',
    quarter: '{q}. neljännes {year}',
    item: 'Kohde',
    description: 'Kuvaus',
    'whole-range': 'Kaikki kohteet kattavat koko kauden {range}.',
  },
  sv: {
    guide:
      'Färdplanen visar vad som görs och när: punkterna står per tema i tidsordning, och en symbol visar läget för var och en. Punkterna är ett tabbstopp: piltangenterna flyttar från punkt till punkt, Enter öppnar beskrivningen.',
    'status-planned': 'Planerad',
    'status-ongoing': 'Pågår',
    'status-done': 'Klar',
    'status-late': 'Försenad',
    legend: 'Teckenförklaring',
    bar: 'Tidsperiod',
    milestone: 'Milstolpe',
    today: 'I dag',
    'today-on': 'I dag {date}',
    goal: 'Mål',
    theme: 'Tema',
    time: 'Tid',
    status: 'Status',
    kind: 'Typ',
    'no-description': 'Ingen beskrivning.',
    'no-items': 'Inga objekt',
    'hint-chart':
      'Pilarna: vänster och höger i tiden, upp och ner mellan teman, Home och End till radens ändar. Enter eller mellanslag öppnar, Esc stänger.',
    'hint-list':
      'Pilarna upp och ner flyttar mellan objekten, Home och End till listans ändar. Enter eller mellanslag öppnar, Esc stänger.',
    'year-group': 'Startar {year}',
    descriptions: 'Beskrivningar av objekten',
    'quarter-tick': 'kv. {q}',
    quarter: 'kvartal {q} {year}',
    item: 'Objekt',
    description: 'Beskrivning',
    'whole-range': 'Alla punkter gäller hela perioden {range}.',
  },
  en: {
    guide:
      'The roadmap shows what is done and when: the items are grouped by theme in time order, and a symbol shows each one’s status. The items are one tab stop: the arrow keys move from item to item, Enter opens the description.',
    'status-planned': 'Planned',
    'status-ongoing': 'Ongoing',
    'status-done': 'Done',
    'status-late': 'Late',
    legend: 'Key',
    bar: 'Period',
    milestone: 'Milestone',
    today: 'Today',
    'today-on': 'Today {date}',
    goal: 'Goal',
    theme: 'Theme',
    time: 'Time',
    status: 'Status',
    kind: 'Type',
    'no-description': 'No description.',
    'no-items': 'No items',
    'hint-chart':
      'Arrows: left and right in time, up and down between themes, Home and End to the ends of the row. Enter or Space opens, Escape closes.',
    'hint-list': 'Up and down arrows move between items, Home and End to the ends of the list. Enter or Space opens, Escape closes.',
    'year-group': 'Starting in {year}',
    descriptions: 'Descriptions of the items',
    'quarter-tick': 'Q{q}',
    quarter: 'Q{q} {year}',
    item: 'Item',
    description: 'Description',
    'whole-range': 'Every item spans the whole period, {range}.',
  },
};

export type RoadmapStringKey = Key;
export const t = translator(strings);
