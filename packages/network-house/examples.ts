/**
 * The examples of `<fc-network-house>`: each is a story (unless `hidden`) and a case of the
 * element's test, so what Storybook shows is what the tests check. Valid ones show the bundled
 * seed datasets and the generated houses; error ones name corpus files and the lines they show.
 */
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { bareHouse, finnishOnly, longLabels, smallHouse, withEmptyFloor, withThirtyRooms } from './test/fixtures.js';
import { generateHouse } from './test/generate.js';

const EP = { data: () => etelaPohjanmaa, attributes: { item: 'perheiden-talo' } };
const THL = { data: () => thlPerhekeskus, attributes: { item: 'thl-palvelupaletti' } };
const opens = (key: string) => `button[data-key="${key}"]`;

export const EXAMPLES: readonly Example[] = [
  {
    name: 'EtelaPohjanmaa',
    doc: "Seed 003: Etelä-Pohjanmaa's house of families (the floor grouping reconstructed, as the note says).",
    ...EP,
  },
  {
    name: 'RoomOpen',
    doc: 'A room opened: its services beside the house (below it in a narrower container).',
    ...EP,
    open: opens('room:terveyspalvelut'),
  },
  { name: 'DoorOpen', doc: 'The door opened: client and service guidance.', ...EP, open: opens('door') },
  {
    name: 'ThlPalvelupaletti',
    doc: "Seed 002: THL's service palette as a house (the arrangement is fc-kit's, as the note says); the door has no description, so it is text.",
    ...THL,
  },
  { name: 'StoneOpen', doc: 'A foundation stone opened: physical accessibility.', ...THL, open: opens('stone:fyysinen-saavutettavuus') },
  {
    name: 'ServicesWithLinks',
    doc: 'Services with providers and links (https and mailto).',
    data: () => smallHouse,
    open: opens('room:neuvola'),
  },
  {
    name: 'Narrow',
    doc: 'Seed house at 320 px: a stacked list that reads roof, floors, door, foundation; no sideways scroll.',
    ...EP,
    width: 320,
  },
  { name: 'NarrowRoomOpen', ...THL, width: 320, open: opens('room:perustaso') },
  { name: 'Medium', doc: '640 px: rooms wrap into balanced rows; the opened panel comes below the house.', ...THL, width: 640 },
  { name: 'OneFloor', doc: 'Generated: one floor.', data: () => generateHouse(1, 5, 1) },
  { name: 'FiveFloors', doc: 'Generated: five floors of six rooms.', data: () => generateHouse(5, 6, 2) },
  { name: 'FiveFloorsNarrow', data: () => generateHouse(5, 6, 2), width: 320 },
  { name: 'ThirtyRooms', doc: 'A floor of 30 rooms wraps into rows.', data: () => withThirtyRooms() },
  { name: 'Generated200Rooms', doc: 'Five floors of 40 rooms: 200 buttons.', data: () => generateHouse(5, 40, 3) },
  { name: 'EmptyFloor', doc: 'A floor without rooms and a foundation without stones say so.', data: () => withEmptyFloor() },
  { name: 'LongLabels', doc: 'Unbreakable Finnish compounds wrap inside their boxes.', data: () => longLabels },
  { name: 'LongLabelsNarrow', data: () => longLabels, width: 320 },
  { name: 'BareHouse', doc: 'No roof and no door: a roof is still drawn.', data: () => bareHouse },
  { name: 'Swedish', ...EP, lang: 'sv' },
  { name: 'English', ...THL, lang: 'en' },
  {
    name: 'EnglishWithFinnishOnlyTexts',
    doc: 'Finnish-only texts on an English page are marked `lang="fi"`.',
    data: () => finnishOnly,
    lang: 'en',
  },
  {
    name: 'HeadingLevel2',
    doc: '`heading-level="2"` for a page where the house is a main section.',
    data: () => smallHouse,
    attributes: { 'heading-level': '2' },
  },
  {
    name: 'Themed',
    doc: 'A county theme made of `--fc-*` and `--fc-house-*` properties and `::part(floor-label)`, `::part(room)`.',
    ...EP,
    themed: true,
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.houses, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus('ErrorMissingFoundation', '115-house-foundation-missing.json', '`houses[0].foundation: required value is missing`, in place.'),
  corpus('ErrorNoFloors', '114-house-floors-empty.json'),
  corpus('ErrorScriptUrl', '119-house-service-url-javascript.json', 'A service URL that runs script: named with its path.'),
  corpus('ErrorDuplicateRoom', '116-house-duplicate-room.json'),
  { name: 'ErrorItemNotFound', data: () => etelaPohjanmaa, attributes: { item: 'ei-ole' }, expect: [] },
  { name: 'ErrorLoadFailed', src: '/no-such-house.json', expect: [] },
];
