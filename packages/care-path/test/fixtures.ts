/**
 * Care paths the element's tests and stories share: the two seed paths as bundled, a small path
 * with stages, a loop, a branch, an optional and a labelled arrow.
 */
import type { CarePath } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';

export { etelaPohjanmaa, pohjoisPohjanmaa };

export const clone = <T>(x: T): T => structuredClone(x);

export const nepsyPath = etelaPohjanmaa.paths[0] as CarePath;
export const wellbeingClinicPath = pohjoisPohjanmaa.paths[0] as CarePath;

/** Three lanes, two stages, a branch that merges again, a follow-up loop, an optional and a labelled arrow. */
export const smallPath: CarePath = {
  id: 'pieni-polku',
  title: { fi: 'Perheen palvelupolku', sv: 'Familjens servicestig', en: "A family's service path" },
  lanes: [
    { id: 'koti', label: { fi: 'Koti', sv: 'Hem', en: 'Home' }, settings: [{ fi: 'Perhe', sv: 'Familjen', en: 'The family' }] },
    { id: 'neuvola', label: { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' } },
    { id: 'jarjesto', label: { fi: 'Järjestö', sv: 'Organisation', en: 'NGO' } },
  ],
  stages: [
    { id: 'alku', label: { fi: 'Yhteydenotto', sv: 'Kontakt', en: 'Contact' } },
    { id: 'tuki', label: { fi: 'Tuki', sv: 'Stöd', en: 'Support' } },
  ],
  steps: [
    {
      id: 'huoli',
      lane: 'koti',
      stage: 'alku',
      label: { fi: 'Huoli herää', sv: 'En oro väcks', en: 'A worry arises' },
      description: { fi: 'Vanhempi ottaa yhteyttä.', sv: 'En förälder tar kontakt.', en: 'A parent gets in touch.' },
    },
    {
      id: 'arvio',
      lane: 'neuvola',
      stage: 'alku',
      label: { fi: 'Arvio', sv: 'Bedömning', en: 'Assessment' },
      url: 'https://example.org/arvio',
    },
    { id: 'perhetyo', lane: 'neuvola', stage: 'tuki', label: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' } },
    { id: 'ryhma', lane: 'jarjesto', stage: 'tuki', label: { fi: 'Vertaisryhmä', sv: 'Kamratgrupp', en: 'Peer group' } },
    { id: 'arki', lane: 'koti', stage: 'tuki', label: { fi: 'Arki sujuu', sv: 'Vardagen fungerar', en: 'Everyday life works' } },
  ],
  edges: [
    { from: 'huoli', to: 'arvio' },
    { from: 'arvio', to: 'perhetyo' },
    { from: 'arvio', to: 'ryhma', optional: true },
    { from: 'perhetyo', to: 'arki' },
    { from: 'ryhma', to: 'arki' },
    { from: 'perhetyo', to: 'arvio', label: { fi: 'uusi arvio', sv: 'ny bedömning', en: 'a new assessment' } },
  ],
  note: { fi: 'Esimerkki, ei lähteestä.', sv: 'Exempel, inte ur en källa.', en: 'An example, not from a source.' },
};

/** The small path as a document. */
export const smallDocument = { fcVersion: 1, id: 'pieni', paths: [smallPath] };

/** The small path with three bad arrows among the good ones: to itself, to nothing, twice. */
export function withBadArrows() {
  const p = clone(smallPath);
  p.edges!.push({ from: 'arki', to: 'arki' }, { from: 'huoli', to: 'kela' }, { from: 'huoli', to: 'arvio' });
  return { fcVersion: 1, id: 'virheet', paths: [p] };
}
