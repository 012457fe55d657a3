import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'guide'
  | 'kind-group'
  | 'kind-role'
  | 'kind-network'
  | 'kind-place'
  | 'scroll-region'
  | 'scroll-hint'
  | 'expand-all'
  | 'collapse-all'
  | 'toolbar'
  | 'details'
  | 'level'
  | 'kind'
  | 'duties'
  | 'members'
  | 'links'
  | 'more'
  | 'no-details'
  | 'part-of'
  | 'link-with'
  | 'link-with-label'
  | 'hidden-count'
  | 'has-details'
  | 'levels'
  | 'structure';

const strings: Strings<Key> = {
  fi: {
    guide:
      'Kaavio näyttää, miten työtä johdetaan: ylimpänä johtava ryhmä ja sen alla tasoittain ryhmät, joita se johtaa. Nuolinäppäimet liikkuvat puussa, oikea ja vasen avaavat ja sulkevat haaran, Enter näyttää tiedot.',
    'kind-group': 'Ryhmä',
    'kind-role': 'Rooli',
    'kind-network': 'Verkosto',
    'kind-place': 'Paikka',
    'scroll-region': '{title} (kaavio, vieritä sivuttain)',
    'scroll-hint': 'Kaavio jatkuu sivulle: vieritä sitä sivuttain.',
    'expand-all': 'Laajenna kaikki',
    'collapse-all': 'Supista kaikki',
    toolbar: 'Rakenteen näkymä',
    details: 'Tiedot',
    level: 'Taso',
    kind: 'Tyyppi',
    duties: 'Tehtävät',
    members: 'Jäsenet',
    links: 'Yhteistyö',
    more: 'Lisätietoja',
    'no-details': 'Tästä toimijasta ei ole kuvausta.',
    'part-of': 'Osa toimijaa',
    'link-with': 'Yhteistyö: {other}',
    'link-with-label': '{label}: {other}',
    'hidden-count': '{count} piilossa',
    'has-details': 'Tiedot saatavilla',
    levels: 'Tasot',
    structure: 'Rakenne',
  },
  sv: {
    guide:
      'Diagrammet visar hur arbetet leds: överst den ledande gruppen och under den, nivå för nivå, de grupper den leder. Piltangenterna rör sig i trädet, höger och vänster öppnar och stänger en gren, Enter visar uppgifterna.',
    'kind-group': 'Grupp',
    'kind-role': 'Roll',
    'kind-network': 'Nätverk',
    'kind-place': 'Plats',
    'scroll-region': '{title} (diagram, rulla i sidled)',
    'scroll-hint': 'Diagrammet fortsätter åt sidan: rulla det i sidled.',
    'expand-all': 'Fäll ut alla',
    'collapse-all': 'Fäll ihop alla',
    toolbar: 'Visning av strukturen',
    details: 'Uppgifter',
    level: 'Nivå',
    kind: 'Typ',
    duties: 'Uppgifter',
    members: 'Medlemmar',
    links: 'Samarbete',
    more: 'Mer information',
    'no-details': 'Det finns ingen beskrivning av den här aktören.',
    'part-of': 'Del av',
    'link-with': 'Samarbete: {other}',
    'link-with-label': '{label}: {other}',
    'hidden-count': '{count} dolda',
    'has-details': 'Uppgifter finns',
    levels: 'Nivåer',
    structure: 'Struktur',
  },
  en: {
    guide:
      'The chart shows how the work is led: the leading group at the top and, level by level below it, the groups it leads. The arrow keys move in the tree, Right and Left open and close a branch, Enter shows the details.',
    'kind-group': 'Group',
    'kind-role': 'Role',
    'kind-network': 'Network',
    'kind-place': 'Place',
    'scroll-region': '{title} (chart, scroll sideways)',
    'scroll-hint': 'The chart continues to the side: scroll it sideways.',
    'expand-all': 'Expand all',
    'collapse-all': 'Collapse all',
    toolbar: 'Structure view',
    details: 'Details',
    level: 'Level',
    kind: 'Kind',
    duties: 'Duties',
    members: 'Members',
    links: 'Cooperation',
    more: 'More information',
    'no-details': 'There is no description of this body.',
    'part-of': 'Part of',
    'link-with': 'Cooperation: {other}',
    'link-with-label': '{label}: {other}',
    'hidden-count': '{count} hidden',
    'has-details': 'Details available',
    levels: 'Levels',
    structure: 'Structure',
  },
};

export type StringKey = Key;
export const t = translator(strings);
