import { translator, type Strings } from './translate.js';

type Key =
  | 'error-title'
  | 'dropped-title'
  | 'retry'
  | 'loading'
  | 'source'
  | 'note'
  | 'close'
  | 'http'
  | 'network'
  | 'timeout'
  | 'json'
  | 'empty'
  | 'bad-src'
  | 'no-source'
  | 'render';

const strings: Strings<Key> = {
  fi: {
    'error-title': 'Sisältöä ei voitu näyttää',
    'dropped-title': 'Osa sisällöstä jätettiin pois',
    retry: 'Yritä uudelleen',
    loading: 'Ladataan…',
    source: 'Lähde',
    note: 'Huomautus',
    close: 'Sulje tiedot',
    http: 'Aineiston lataus epäonnistui (HTTP {status}): {url}',
    network: 'Aineistoon ei saatu yhteyttä: {url}',
    timeout: 'Aineisto ei saapunut {seconds} sekunnissa: {url}',
    json: 'Aineisto ei ole kelvollista JSONia: {detail}',
    empty: 'Aineisto on tyhjä: {url}',
    'bad-src': 'Aineiston osoite ei kelpaa (vain https, http tai suhteellinen osoite): {url}',
    'no-source': 'Aineisto puuttuu: anna src, data tai sisäinen JSON, tai sijoita elementti <fc-data>-elementin sisään.',
    render: 'Näkymän piirtäminen epäonnistui: {detail}',
  },
  sv: {
    'error-title': 'Innehållet kunde inte visas',
    'dropped-title': 'En del av innehållet utelämnades',
    retry: 'Försök igen',
    loading: 'Laddar…',
    source: 'Källa',
    note: 'Anmärkning',
    close: 'Stäng uppgifterna',
    http: 'Det gick inte att hämta data (HTTP {status}): {url}',
    network: 'Ingen förbindelse till data: {url}',
    timeout: 'Data kom inte inom {seconds} sekunder: {url}',
    json: 'Data är inte giltig JSON: {detail}',
    empty: 'Data är tom: {url}',
    'bad-src': 'Adressen till data duger inte (endast https, http eller relativ adress): {url}',
    'no-source': 'Data saknas: ange src, data eller inbäddad JSON, eller placera elementet inuti <fc-data>.',
    render: 'Vyn kunde inte ritas: {detail}',
  },
  en: {
    'error-title': 'This content could not be shown',
    'dropped-title': 'Some entries were left out',
    retry: 'Try again',
    loading: 'Loading…',
    source: 'Source',
    note: 'Note',
    close: 'Close details',
    http: 'Could not load the data (HTTP {status}): {url}',
    network: 'Could not reach the data: {url}',
    timeout: 'The data did not arrive within {seconds} seconds: {url}',
    json: 'The data is not valid JSON: {detail}',
    empty: 'The data is empty: {url}',
    'bad-src': 'The data address is not allowed (only https, http or a relative address): {url}',
    'no-source': 'No data: give src, data or inline JSON, or place the element inside <fc-data>.',
    render: 'Could not draw this view: {detail}',
  },
};

export type KitStringKey = Key;
export const kitString = translator(strings);
