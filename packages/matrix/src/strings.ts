import { translator, type Strings } from '@fc-kit/core';

type Key =
  | 'guide'
  | 'empty'
  | 'uncertain'
  | 'uncertain-cell'
  | 'uncertain-legend'
  | 'uncertain-count'
  | 'note'
  | 'view'
  | 'view-table'
  | 'view-by-row'
  | 'view-by-column'
  | 'show-all'
  | 'show-only'
  | 'showing-only'
  | 'filter'
  | 'filter-clear'
  | 'matches'
  | 'no-matches'
  | 'download-csv'
  | 'csv-uncertain';

const strings: Strings<Key> = {
  fi: {
    guide:
      'Taulukossa rivit ovat kysymyksiä tai aiheita ja sarakkeet ryhmiä; kussakin solussa on sen kohdan asiat luettelona. Otsikkopainike näyttää vain sen rivin tai sarakkeen, ja haku suodattaa asiat.',
    empty: 'tyhjä',
    uncertain: 'Sijainti epävarma',
    'uncertain-cell': 'Tämän solun sarake on päätelty sisällöstä, koska lähteestä on kadonnut taulukon rajat.',
    'uncertain-legend':
      'Merkitty solu on sijoitettu päättelemällä: lähteestä on kadonnut taulukon rajat. Huomautus kertoo, mitä on päätelty.',
    'uncertain-count': '{count} solua {total}:sta on sijoitettu päättelemällä.',
    note: 'Huomautus',
    view: 'Näkymä',
    'view-table': 'Taulukko',
    'view-by-row': 'Riveittäin',
    'view-by-column': 'Sarakkeittain',
    'show-all': 'Näytä kaikki',
    'show-only': 'Näyttää vain tämän rivin tai sarakkeen; uudelleen painettuna kaikki',
    'showing-only': 'Näytetään vain:',
    filter: 'Etsi kohdista',
    'filter-clear': 'Tyhjennä haku',
    matches: '{count} kohtaa sisältää sanan ”{query}” ({cells} solussa).',
    'no-matches': 'Yksikään kohta ei sisällä sanaa ”{query}”.',
    'download-csv': 'Lataa CSV',
    'csv-uncertain': '* sijainti on päätelty (ks. huomautus)',
  },
  sv: {
    guide:
      'I tabellen är raderna frågor eller ämnen och kolumnerna grupper; varje cell listar sina punkter. En rubrikknapp visar bara den raden eller kolumnen, och sökningen filtrerar punkterna.',
    empty: 'tom',
    uncertain: 'Osäker placering',
    'uncertain-cell': 'Den här cellens kolumn har härletts ur innehållet, eftersom källan har förlorat tabellens gränser.',
    'uncertain-legend':
      'En markerad cell har placerats genom slutledning: källan har förlorat tabellens gränser. Anmärkningen berättar vad som har härletts.',
    'uncertain-count': '{count} av {total} celler har placerats genom slutledning.',
    note: 'Anmärkning',
    view: 'Vy',
    'view-table': 'Tabell',
    'view-by-row': 'Radvis',
    'view-by-column': 'Kolumnvis',
    'show-all': 'Visa alla',
    'show-only': 'Visar bara den här raden eller kolumnen; tryck igen för alla',
    'showing-only': 'Visar bara:',
    filter: 'Sök bland punkterna',
    'filter-clear': 'Töm sökningen',
    matches: '{count} punkter innehåller ordet ”{query}” (i {cells} celler).',
    'no-matches': 'Ingen punkt innehåller ordet ”{query}”.',
    'download-csv': 'Ladda ner CSV',
    'csv-uncertain': '* placeringen är härledd (se anmärkningen)',
  },
  en: {
    guide:
      'In the table the rows are questions or topics and the columns are groups; each cell lists its points. A header button shows only that row or column, and the search filters the points.',
    empty: 'empty',
    uncertain: 'Placement uncertain',
    'uncertain-cell': "This cell's column was inferred from its content, because the source lost the table's borders.",
    'uncertain-legend': "A marked cell was placed by inference: the source lost the table's borders. The note says what was inferred.",
    'uncertain-count': '{count} of {total} cells were placed by inference.',
    note: 'Note',
    view: 'View',
    'view-table': 'Table',
    'view-by-row': 'By row',
    'view-by-column': 'By column',
    'show-all': 'Show all',
    'show-only': 'Shows this row or column alone; press again for all',
    'showing-only': 'Showing only:',
    filter: 'Search the points',
    'filter-clear': 'Clear the search',
    matches: '{count} points contain “{query}” (in {cells} cells).',
    'no-matches': 'No point contains “{query}”.',
    'download-csv': 'Download CSV',
    'csv-uncertain': '* placement inferred (see the note)',
  },
};

export const t = translator(strings);
