import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'guide'
  | 'status-done'
  | 'status-ongoing'
  | 'status-planned'
  | 'status-not-examined'
  | 'status-note'
  | 'show'
  | 'all-sections'
  | 'compare'
  | 'compare-caption'
  | 'card'
  | 'shared'
  | 'shared-by-all'
  | 'more'
  | 'less'
  | 'links'
  | 'read-more'
  | 'not-on-page'
  | 'number'
  | 'empty';

const strings: Strings<Key> = {
  fi: {
    guide:
      'Kortit esittävät kokonaisuuden osat rinnakkain: kullakin kortilla on otsikko, tila sanoin ja sisältö luetteloina. Kortit luetaan järjestyksessä; linkit vievät toiseen korttiin tai kuvioon.',
    'status-done': 'Valmis',
    'status-ongoing': 'Käynnissä',
    'status-planned': 'Suunniteltu',
    'status-not-examined': 'Ei tarkasteltu',
    'status-note': 'Huomio',
    show: 'Näytä',
    'all-sections': 'Kaikki osiot',
    compare: 'Vertaa rinnakkain',
    'compare-caption': '{title}: vertailu',
    card: 'Kortti',
    shared: 'kaikilla',
    'shared-by-all': 'Yhteinen kaikille korteille',
    more: 'Näytä kaikki {count}',
    less: 'Näytä vähemmän',
    links: 'Katso myös',
    'read-more': 'Lue lisää',
    'not-on-page': 'ei tällä sivulla',
    number: 'Numero {n}',
    empty: 'Ei sisältöä',
  },
  sv: {
    guide:
      'Korten visar helhetens delar sida vid sida: varje kort har en rubrik, läget i ord och innehållet som listor. Korten läses i ordning; länkarna leder till ett annat kort eller en annan figur.',
    'status-done': 'Klar',
    'status-ongoing': 'Pågår',
    'status-planned': 'Planerad',
    'status-not-examined': 'Inte granskat',
    'status-note': 'Obs',
    show: 'Visa',
    'all-sections': 'Alla avsnitt',
    compare: 'Jämför sida vid sida',
    'compare-caption': '{title}: jämförelse',
    card: 'Kort',
    shared: 'alla',
    'shared-by-all': 'Gemensamt för alla kort',
    more: 'Visa alla {count}',
    less: 'Visa färre',
    links: 'Se också',
    'read-more': 'Läs mer',
    'not-on-page': 'inte på den här sidan',
    number: 'Nummer {n}',
    empty: 'Inget innehåll',
  },
  en: {
    guide:
      'The cards show the parts of a whole side by side: each card has a title, its status in words and its content as lists. The cards read in order; links lead to another card or figure.',
    'status-done': 'Done',
    'status-ongoing': 'Ongoing',
    'status-planned': 'Planned',
    'status-not-examined': 'Not examined',
    'status-note': 'Note',
    show: 'Show',
    'all-sections': 'All sections',
    compare: 'Compare side by side',
    'compare-caption': '{title}: comparison',
    card: 'Card',
    shared: 'all',
    'shared-by-all': 'Shared by every card',
    more: 'Show all {count}',
    less: 'Show fewer',
    links: 'See also',
    'read-more': 'Read more',
    'not-on-page': 'not on this page',
    number: 'Number {n}',
    empty: 'No content',
  },
};

export const t = translator(strings);
