/**
 * Trees the element's tests and stories share, so what the stories show is what the tests check.
 * The seed documents are imported as they are bundled; the rest are small trees that each break or
 * show one thing.
 */
import type { GovernanceTree } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';

export { etelaPohjanmaa, thlPerhekeskus, kuntaliitto, pohjoisPohjanmaa };

export const clone = <T>(x: T): T => structuredClone(x);

/** A small structure with every kind, duties, members, a link with a label and one without. */
export const withDetails: GovernanceTree = {
  id: 'esimerkki',
  title: { fi: 'Esimerkkirakenne', sv: 'Exempelstruktur', en: 'Example structure' },
  levels: [
    { id: 'hva', label: { fi: 'Hyvinvointialuetaso', sv: 'Välfärdsområdesnivå', en: 'County level' } },
    { id: 'pk', label: { fi: 'Perhekeskustaso', sv: 'Familjecenternivå', en: 'Family-centre level' } },
  ],
  root: {
    id: 'johto',
    label: { fi: 'Strateginen johtoryhmä', sv: 'Strategisk ledningsgrupp', en: 'Strategic steering group' },
    level: 'hva',
    kind: 'group',
    description: {
      fi: 'Päättää strategisista linjauksista.',
      sv: 'Beslutar om strategiska riktlinjer.',
      en: 'Decides the strategic policies.',
    },
    duties: [
      {
        fi: 'Päättää lasten ja perheiden palveluja koskevista strategisista linjauksista',
        en: 'Decides the strategic policies on services for children and families',
      },
      { fi: 'Varmistaa riittävät voimavarat', en: 'Ensures sufficient resources' },
    ],
    members: ['Toimialuejohtaja', 'Järjestöjen edustaja'],
    url: 'https://example.org/johtoryhma',
    children: [
      {
        id: 'ohjaus',
        label: { fi: 'Ohjausryhmä', sv: 'Styrgrupp', en: 'Steering group' },
        level: 'pk',
        kind: 'group',
        children: [
          {
            id: 'vastaava',
            label: { fi: 'Perhekeskusvastaava', sv: 'Familjecenteransvarig', en: 'Family-centre lead' },
            level: 'pk',
            kind: 'role',
          },
          {
            id: 'kohtaamispaikka',
            label: { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place' },
            level: 'pk',
            kind: 'place',
          },
        ],
      },
      { id: 'verkosto', label: { fi: 'Järjestöverkosto', sv: 'Organisationsnätverk', en: 'NGO network' }, level: 'hva', kind: 'network' },
      { id: 'koordinaattori', label: 'Koordinaattori', level: 'hva' },
    ],
  },
  links: [
    { from: 'verkosto', to: 'kohtaamispaikka', label: { fi: 'Yhteistyö', sv: 'Samarbete', en: 'Cooperation' } },
    { from: 'koordinaattori', to: 'vastaava' },
  ],
  note: {
    fi: 'Rakenne on päätelty tekstistä.',
    sv: 'Strukturen har härletts ur texten.',
    en: 'The arrangement was reconstructed from the text.',
  },
  source: { title: 'Esimerkkilähde', url: 'https://example.org/lahde', date: '2023-05' },
};

/** The same with one node on a level that does not exist. */
export function withUnknownLevel(): GovernanceTree {
  const tree = clone(withDetails);
  tree.root.children![0].level = 'kunta';
  return tree;
}

/** The same with one id used twice. */
export function withDuplicateId(): GovernanceTree {
  const tree = clone(withDetails);
  tree.root.children![1].id = 'ohjaus';
  return tree;
}

/** The same with a link to a node that is not there: the link is left out, the tree renders. */
export function withDanglingLink(): GovernanceTree {
  const tree = clone(withDetails);
  tree.links = [...tree.links!, { from: 'verkosto', to: 'ei-ole' }];
  return tree;
}
