import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/network-house/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-network-house', EXAMPLES);

/**
 * `<fc-network-house>` draws the house of families (perheiden talo): the roof (the family
 * centre's name or goal), floors of services with `floors[0]` at the bottom, rooms side by side on
 * each floor, the door (the way in) on the ground floor and a foundation of organisations under
 * it. Every room and stone is a button: click it or press Enter/Space for its description and its
 * services with provider and link (so are the roof and the door when they have a description).
 * Escape or "Close" closes the panel and returns focus to the part. In a container narrower than
 * 34em it is a stacked list: roof, floors, door, foundation.
 *
 * Attributes: `heading-level="n"` (1–6, default 3) for the title heading. Language and theme come
 * from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-network-house', component: 'fc-network-house', tags: ['autodocs'] };
export default meta;

export const EtelaPohjanmaa = story('EtelaPohjanmaa');
export const RoomOpen = story('RoomOpen');
export const DoorOpen = story('DoorOpen');
export const ThlPalvelupaletti = story('ThlPalvelupaletti');
export const StoneOpen = story('StoneOpen');
export const ServicesWithLinks = story('ServicesWithLinks');
export const Narrow = story('Narrow');
export const NarrowRoomOpen = story('NarrowRoomOpen');
export const Medium = story('Medium');
export const OneFloor = story('OneFloor');
export const FiveFloors = story('FiveFloors');
export const FiveFloorsNarrow = story('FiveFloorsNarrow');
export const ThirtyRooms = story('ThirtyRooms');
export const Generated200Rooms = story('Generated200Rooms');
export const EmptyFloor = story('EmptyFloor');
export const LongLabels = story('LongLabels');
export const LongLabelsNarrow = story('LongLabelsNarrow');
export const BareHouse = story('BareHouse');
export const Swedish = story('Swedish');
export const English = story('English');
export const EnglishWithFinnishOnlyTexts = story('EnglishWithFinnishOnlyTexts');
export const HeadingLevel2 = story('HeadingLevel2');
export const Themed = story('Themed');
export const ErrorMissingFoundation = story('ErrorMissingFoundation');
export const ErrorNoFloors = story('ErrorNoFloors');
export const ErrorScriptUrl = story('ErrorScriptUrl');
export const ErrorDuplicateRoom = story('ErrorDuplicateRoom');
export const ErrorItemNotFound = story('ErrorItemNotFound');
export const ErrorLoadFailed = story('ErrorLoadFailed');
