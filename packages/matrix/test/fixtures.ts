/**
 * Matrices the element's tests and stories share: the five seed matrices as bundled, a small one
 * with every kind of cell, and documents that break one cell.
 */
import type { Matrix } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';

export { etelaPohjanmaa, pohjoisPohjanmaa, kuntaliitto };

export const clone = <T>(x: T): T => structuredClone(x);

export const criticalGroups = etelaPohjanmaa.matrices[0] as Matrix;
export const servicePaths = etelaPohjanmaa.matrices[1] as Matrix;
export const risks = pohjoisPohjanmaa.matrices[0] as Matrix;
export const goals = pohjoisPohjanmaa.matrices[1] as Matrix;
export const lawAndPractice = kuntaliitto.matrices[0] as Matrix;

/** Two rows × three columns in three languages: a full cell, an uncertain one, one given empty and some left out. */
export const everyCell: Matrix = {
  id: 'kaikki-solut',
  title: { fi: 'Asiakasryhmät ja kysymykset', sv: 'Klientgrupper och frågor', en: 'Client groups and questions' },
  rows: [
    { id: 'miksi', label: { fi: 'Miksi?', sv: 'Varför?', en: 'Why?' } },
    {
      id: 'kuka',
      label: { fi: 'Kuka vastaa?', sv: 'Vem ansvarar?', en: 'Who is responsible?' },
      description: { fi: 'Koordinointivastuu', en: 'Coordination' },
    },
  ],
  columns: [
    { id: 'nepsy', label: { fi: 'Nepsy-asiakkaat', sv: 'Nepsy-klienter', en: 'Nepsy clients' } },
    { id: 'ero', label: { fi: 'Eroperheet', sv: 'Skilsmässofamiljer', en: 'Separating families' } },
    { id: 'huolto', label: { fi: 'Huoltoriidat', sv: 'Vårdnadstvister', en: 'Custody disputes' } },
  ],
  cells: [
    {
      row: 'miksi',
      column: 'nepsy',
      items: [
        { fi: 'Monenlaiset palvelutarpeet', sv: 'Många olika servicebehov', en: 'Many kinds of service needs' },
        { fi: 'Ongelmat voivat kasautua', sv: 'Problemen kan hopa sig', en: 'Problems can pile up' },
      ],
    },
    {
      row: 'miksi',
      column: 'ero',
      items: [{ fi: 'Kallista yhteiskunnalle', sv: 'Dyrt för samhället', en: 'Costly for society' }],
      uncertain: true,
    },
    { row: 'kuka', column: 'nepsy', items: [] },
    { row: 'kuka', column: 'huolto', items: [{ fi: 'Sosiaalityö' }] },
  ],
  note: {
    fi: 'Eroperheiden sarake on päätelty.',
    sv: 'Kolumnen för skilsmässofamiljer är härledd.',
    en: 'The separating families column was inferred.',
  },
};

export const doc = (...matrices: Matrix[]) => ({ fcVersion: 1, id: 'matriisit', matrices });

/** One cell names a row that is not there: it is left out, the rest renders. */
export function withOneBadCell() {
  const m = clone(everyCell);
  m.cells.push({ row: 'milloin', column: 'nepsy', items: ['Heti'] });
  return doc(m);
}
