/**
 * Houses the element's tests and stories share, so what the stories show is what the tests check.
 * The seed documents are imported as they are bundled; the rest are small houses that each show
 * or break one thing.
 */
import type { House } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import { generateHouse } from './generate.js';

export { etelaPohjanmaa, thlPerhekeskus };

export const clone = <T>(x: T): T => structuredClone(x);

/** Two floors, a room with every kind of service, an empty room, stones with and without a description. */
export const smallHouse: House = {
  id: 'pieni-talo',
  title: { fi: 'Pieni perheiden talo', sv: 'Familjernas lilla hus', en: 'A small house of families' },
  roof: {
    label: { fi: 'Perhekeskus', sv: 'Familjecentret', en: 'The family centre' },
    description: { fi: 'Yhteinen tavoite.', sv: 'Ett gemensamt mål.', en: 'A shared goal.' },
  },
  door: {
    label: { fi: 'Palveluohjaus', sv: 'Servicehandledning', en: 'Service guidance' },
    description: { fi: 'Yksi ovi kaikkiin palveluihin.', sv: 'En dörr till alla tjänster.', en: 'One door to every service.' },
  },
  floors: [
    {
      id: 'perus',
      label: { fi: 'Peruspalvelut', sv: 'Bastjänster', en: 'Basic services' },
      rooms: [
        {
          id: 'neuvola',
          label: { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
          description: { fi: 'Äitiys- ja lastenneuvola.', sv: 'Mödra- och barnrådgivning.', en: 'Maternity and child health clinic.' },
          services: [
            {
              label: { fi: 'Äitiysneuvola', sv: 'Mödrarådgivning', en: 'Maternity clinic' },
              provider: { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet', en: 'Wellbeing services county' },
              url: 'https://example.fi/aitiysneuvola',
            },
            { label: { fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' }, provider: 'Kunta' },
            {
              label: { fi: 'Neuvonta sähköpostitse', sv: 'Rådgivning per e-post', en: 'Advice by email' },
              url: 'mailto:neuvola@example.fi',
            },
          ],
        },
        { id: 'perhetyo', label: { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' } },
      ],
    },
    { id: 'verkosto', label: { fi: 'Verkosto', sv: 'Nätverk', en: 'Network' }, rooms: [{ id: 'kela', label: 'Kela' }] },
  ],
  foundation: [
    {
      id: 'kunnat',
      label: { fi: 'Kunnat', sv: 'Kommunerna', en: 'Municipalities' },
      description: { fi: 'Kunnat palveluineen.', sv: 'Kommunerna med sina tjänster.', en: 'The municipalities and their services.' },
    },
    { id: 'jarjestot', label: { fi: 'Järjestöt', sv: 'Organisationerna', en: 'NGOs' } },
  ],
  note: { fi: 'Keksitty esimerkki.', sv: 'Ett påhittat exempel.', en: 'A made-up example.' },
  source: { title: 'Esimerkkilähde', url: 'https://example.fi/talo', date: '2024-05' },
};

/** A floor with no rooms between two with rooms, and a foundation with no stones. */
export function withEmptyFloor(): House {
  const house = clone(smallHouse);
  house.id = 'tyhja-kerros';
  house.floors.splice(1, 0, { id: 'tyhja', label: { fi: 'Tuleva kerros', sv: 'Kommande våning', en: 'Floor to come' }, rooms: [] });
  house.foundation = [];
  return house;
}

/** Three floors, the middle one with 30 rooms. */
export function withThirtyRooms(): House {
  const house = generateHouse(3, 4, 7);
  house.id = 'kolmekymmenta';
  house.floors[1] = { ...generateHouse(1, 30, 8).floors[0], id: 'f2' };
  house.floors[1].rooms.forEach((r, i) => (r.id = `iso-${i + 1}`));
  return house;
}

const LONG = 'Lastensuojelun­avohuollon­tukitoimenpide­suunnitelmapalaverikäytäntö'.replace(/\u00ad/g, '');

/** Labels far longer than any box: unbreakable Finnish compounds and a whole paragraph. */
export const longLabels: House = {
  id: 'pitkat',
  title: `${LONG} ja ${LONG}`,
  roof: { label: `${LONG} ${LONG} ${LONG}` },
  door: { label: LONG },
  floors: [
    {
      id: 'k1',
      label: `${LONG}: ${'hyvinvointialueen ja kuntien yhteinen palvelukokonaisuus '.repeat(6)}`,
      rooms: [
        { id: 'r1', label: LONG, services: [{ label: LONG, provider: LONG, url: `https://example.fi/${LONG}` }] },
        { id: 'r2', label: `${LONG} ${LONG}` },
        { id: 'r3', label: 'Lyhyt' },
      ],
    },
  ],
  foundation: [
    { id: 's1', label: LONG },
    { id: 's2', label: `${LONG}-${LONG}` },
  ],
};

/** Texts only in Finnish, as the seed descriptions are: an English page must mark them `lang="fi"`. */
export const finnishOnly: House = {
  id: 'vain-suomeksi',
  title: { fi: 'Vain suomeksi' },
  floors: [
    {
      id: 'k1',
      label: { fi: 'Ensimmäinen kerros' },
      rooms: [{ id: 'r1', label: { fi: 'Neuvola' }, description: { fi: 'Kuvaus suomeksi.' } }],
    },
  ],
  foundation: [{ id: 's1', label: { fi: 'Kunnat' } }],
};

/** No roof and no door: a roof is still drawn, but there is nothing to read in it. */
export const bareHouse: House = {
  id: 'paljas',
  title: 'Paljas talo',
  floors: [{ id: 'k1', label: 'Kerros', rooms: [{ id: 'r1', label: 'Huone' }] }],
  foundation: [{ id: 's1', label: 'Kivi' }],
};

/** Whole documents, so the errors carry the document's paths (`houses[0].foundation`). */
export function documentWith(house: unknown) {
  return { fcVersion: 1, id: 'talo-testi', houses: [house] };
}

export function missingFoundation() {
  const house: Record<string, unknown> = clone(smallHouse);
  delete house.foundation;
  return documentWith(house);
}

export function noFloors() {
  return documentWith({ ...clone(smallHouse), floors: [] });
}

/** A room label that is a number, and a service URL that runs script. */
export function badRoomAndUrl() {
  const house = clone(smallHouse) as unknown as { floors: { rooms: Record<string, unknown>[] }[] };
  house.floors[0].rooms[1].label = 42;
  (house.floors[0].rooms[0].services as Record<string, unknown>[])[0].url = 'javascript:alert(1)';
  return documentWith(house);
}
