/**
 * Houses of any size for stories, tests and the benchmark: deterministic for a seed, valid
 * against the format (unique ids, safe URLs), with the services, providers and links a county's
 * own house would have. Made-up data, and the note says so.
 */
import type { House, Room, Stone } from '@fc-kit/core';
import { random } from '../../../test/support/random.js';

type Tri = { fi: string; sv: string; en: string };

const FLOORS: Tri[] = [
  { fi: 'Kaikille perheille', sv: 'För alla familjer', en: 'For every family' },
  { fi: 'Tehostettu tuki', sv: 'Intensifierat stöd', en: 'Targeted support' },
  { fi: 'Erityistason tuki', sv: 'Stöd på specialnivå', en: 'Specialist support' },
  { fi: 'Kunnan palvelut', sv: 'Kommunens tjänster', en: 'Municipal services' },
  { fi: 'Järjestöt ja seurakunnat', sv: 'Organisationer och församlingar', en: 'NGOs and parishes' },
];
const ROOMS: Tri[] = [
  { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
  { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
  { fi: 'Kotipalvelu', sv: 'Hemservice', en: 'Home help' },
  { fi: 'Kasvatus- ja perheneuvonta', sv: 'Uppfostrings- och familjerådgivning', en: 'Child guidance and family counselling' },
  { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats', en: 'Open meeting place' },
  { fi: 'Psykologipalvelut', sv: 'Psykologtjänster', en: 'Psychologist services' },
  { fi: 'Puheterapia', sv: 'Talterapi', en: 'Speech therapy' },
  { fi: 'Lapsiperheiden sosiaalityö', sv: 'Socialt arbete för barnfamiljer', en: 'Social work for families' },
  { fi: 'Varhaiskasvatus', sv: 'Småbarnspedagogik', en: 'Early childhood education' },
  { fi: 'Nuorisotyö', sv: 'Ungdomsarbete', en: 'Youth work' },
];
const SERVICES: Tri[] = [
  { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointments' },
  { fi: 'Vertaisryhmät', sv: 'Kamratgrupper', en: 'Peer groups' },
  { fi: 'Kotikäynnit', sv: 'Hembesök', en: 'Home visits' },
  { fi: 'Chat-neuvonta', sv: 'Chattrådgivning', en: 'Chat advice' },
  { fi: 'Perhevalmennus', sv: 'Familjeförberedelse', en: 'Antenatal classes' },
];
const PROVIDERS: Tri[] = [
  { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet', en: 'Wellbeing services county' },
  { fi: 'Kunta', sv: 'Kommunen', en: 'Municipality' },
  { fi: 'Järjestö', sv: 'Organisation', en: 'NGO' },
  { fi: 'Seurakunta', sv: 'Församling', en: 'Parish' },
];
const STONES: Tri[] = [
  { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet', en: 'Wellbeing services county' },
  { fi: 'Kunnat', sv: 'Kommunerna', en: 'Municipalities' },
  { fi: 'Kela', sv: 'FPA', en: 'Kela' },
  { fi: 'Seurakunnat', sv: 'Församlingarna', en: 'Parishes' },
  { fi: 'Järjestöt', sv: 'Organisationerna', en: 'NGOs' },
  { fi: 'Yritykset', sv: 'Företagen', en: 'Companies' },
];

/**
 * A valid house of `floors` (≥ 1) floors with `roomsPerFloor` (≥ 0) rooms each. Room `f{n}-r{m}`
 * is room m on floor n (both from 1); every third room has no services, every other one a link.
 */
export function generateHouse(floors: number, roomsPerFloor: number, seed = 1): House {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const numbered = (t: Tri, n: number): Tri => ({ fi: `${t.fi} ${n}`, sv: `${t.sv} ${n}`, en: `${t.en} ${n}` });
  const floorList = Array.from({ length: Math.max(1, floors) }, (_, f) => {
    const rooms: Room[] = Array.from({ length: Math.max(0, roomsPerFloor) }, (_, r) => {
      const id = `f${f + 1}-r${r + 1}`;
      const label = roomsPerFloor > ROOMS.length ? numbered(ROOMS[r % ROOMS.length], r + 1) : { ...ROOMS[r % ROOMS.length] };
      const room: Room = { id, label };
      if (r % 3 !== 2) {
        const count = 1 + Math.floor(rand() * 4);
        room.services = Array.from({ length: count }, (_, s) => ({
          label: { ...pick(SERVICES) },
          provider: { ...pick(PROVIDERS) },
          ...(s % 2 === 0 ? { url: `https://example.fi/palvelut/${id}-${s + 1}` } : {}),
        }));
      }
      if (rand() < 0.4)
        room.description = {
          fi: `${label.fi}: palvelun kuvaus.`,
          sv: `${label.sv}: beskrivning av tjänsten.`,
          en: `${label.en}: a description of the service.`,
        };
      return room;
    });
    const label = floors > FLOORS.length ? numbered(FLOORS[f % FLOORS.length], f + 1) : { ...FLOORS[f % FLOORS.length] };
    return { id: `f${f + 1}`, label, rooms };
  });
  const foundation: Stone[] = STONES.map((s, i) => ({
    id: `s${i + 1}`,
    label: { ...s },
    ...(i < 2
      ? { description: { fi: `${s.fi} ovat talon perusta.`, sv: `${s.sv} är husets grund.`, en: `${s.en}: the foundation of the house.` } }
      : {}),
  }));
  return {
    id: `generated-${floors}x${roomsPerFloor}-${seed}`,
    title: {
      fi: `Generoitu talo (${floors} kerrosta, ${roomsPerFloor} huonetta kerroksessa)`,
      sv: `Genererat hus (${floors} våningar, ${roomsPerFloor} rum per våning)`,
      en: `Generated house (${floors} floors, ${roomsPerFloor} rooms per floor)`,
    },
    roof: {
      label: { fi: 'Perhekeskus', sv: 'Familjecentret', en: 'The family centre' },
      description: {
        fi: 'Yhteinen tavoite: lapsen ja perheen hyvinvointi.',
        sv: 'Gemensamt mål: barnets och familjens välbefinnande.',
        en: 'A shared goal: the wellbeing of the child and the family.',
      },
    },
    door: {
      label: { fi: 'Asiakas- ja palveluohjaus', sv: 'Klient- och servicehandledning', en: 'Client and service guidance' },
      description: { fi: 'Yksi ovi kaikkiin palveluihin.', sv: 'En dörr till alla tjänster.', en: 'One door to every service.' },
    },
    floors: floorList,
    foundation,
    note: {
      fi: 'Keksitty testiaineisto, ei lähteestä.',
      sv: 'Påhittat testmaterial, inte ur någon källa.',
      en: 'Made-up test data, not from a source.',
    },
  };
}
