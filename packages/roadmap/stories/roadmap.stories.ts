import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/roadmap/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-roadmap', EXAMPLES);

/**
 * `<fc-roadmap>` draws development work over years: a time axis (years, and quarters where they
 * fit), one lane per theme, each item a bar from its start to its end or a milestone (◆) at its
 * start, stacked so that none overlap, the goal at the end of the road and a line for today.
 * Status is a pattern on the bar, an icon and a word, never colour alone; the legend lists what
 * is used. Click an item, or press Enter on it, for its description.
 *
 * Keyboard: the roadmap is one Tab stop; Right/Left move in time within a lane, Down/Up to the
 * nearest item of the next/previous lane, Home/End, Ctrl+Home/End; Enter or Space opens,
 * Escape closes. Narrower than 40rem it is a list grouped by theme, or by year with
 * `group-by="year"`. `today="YYYY-MM-DD"` fixes the today line (`none` hides it). To print on A4
 * landscape, the page sets `@page { size: A4 landscape; }`.
 * Language and theme come from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-roadmap', component: 'fc-roadmap', tags: ['autodocs'] };
export default meta;

export const EtelaPohjanmaa = story('EtelaPohjanmaa');
export const PohjoisPohjanmaa = story('PohjoisPohjanmaa');
export const TodayFromTheClock = story('TodayFromTheClock');
export const EveryStatus = story('EveryStatus');
export const DetailsOpen = story('DetailsOpen');
export const WithoutToday = story('WithoutToday');
export const Generated500 = story('Generated500');
export const Generated500Narrow = story('Generated500Narrow');
export const Narrow = story('Narrow');
export const NarrowByYear = story('NarrowByYear');
export const NarrowSwedishOpened = story('NarrowSwedishOpened');
export const Medium = story('Medium');
export const Swedish = story('Swedish');
export const English = story('English');
export const Finnish = story('Finnish');
export const Themed = story('Themed');
export const OneBadItem = story('OneBadItem');
export const BadItemsLeftOut = story('BadItemsLeftOut');
export const ErrorRangeBackwards = story('ErrorRangeBackwards');
export const ErrorInvalidRoadmap = story('ErrorInvalidRoadmap');
export const ErrorNoThemes = story('ErrorNoThemes');
export const ErrorEveryItemBad = story('ErrorEveryItemBad');
export const ErrorItemNotFound = story('ErrorItemNotFound');
export const ErrorLoadFailed = story('ErrorLoadFailed');
