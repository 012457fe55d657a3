/**
 * The bundled documents, one per source document in shared/seeds. Every number, name and label
 * is quoted from its source; where a figure's arrangement had to be reconstructed, the item's
 * `note` says so. Swedish and English texts are fc-kit's translations, as the notes say.
 */
import kuntaliittoTilannekatsaus from './kuntaliitto-tilannekatsaus.json';
import pohjoisPohjanmaa from './pohjois-pohjanmaa.json';
import thlPerhekeskus from './thl-perhekeskus.json';
import etelaPohjanmaa from './etela-pohjanmaa.json';

export { kuntaliittoTilannekatsaus, pohjoisPohjanmaa, thlPerhekeskus, etelaPohjanmaa };

/** Every bundled document by its id, in the order of the seeds. */
export const DATASETS = {
  'kuntaliitto-tilannekatsaus': kuntaliittoTilannekatsaus,
  'pohjois-pohjanmaa': pohjoisPohjanmaa,
  'thl-perhekeskus': thlPerhekeskus,
  'etela-pohjanmaa': etelaPohjanmaa,
} as const;
