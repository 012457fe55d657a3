import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/care-path/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-care-path', EXAMPLES);

/**
 * `<fc-care-path>` draws a service or care path: lanes (who) as bands from top to bottom, steps
 * (what) along the flow, arrows between them (dashed when optional, drawn back for a follow-up
 * loop). The steps are one list in reading order, each named with its lane and where it leads.
 * Click a step, or press Enter on it, for its details; the path through it is highlighted.
 *
 * Keyboard: the path is one Tab stop; Right/Left follow the arrows (a menu offers the choice where
 * a step branches), Up/Down go to the next lane, Home/End to the ends; Enter opens, Escape
 * closes. Narrower than 40em it is a list in flow order with the lane and the next and previous
 * steps written out. Language and theme come from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-care-path', component: 'fc-care-path', tags: ['autodocs'] };
export default meta;

export const NepsyPath = story('NepsyPath');
export const WellbeingClinic = story('WellbeingClinic');
export const WithStages = story('WithStages');
export const DetailsOpen = story('DetailsOpen');
export const Generated200 = story('Generated200');
export const Narrow = story('Narrow');
export const NarrowSwedishOpened = story('NarrowSwedishOpened');
export const Swedish = story('Swedish');
export const English = story('English');
export const Finnish = story('Finnish');
export const Themed = story('Themed');
export const BadArrowsLeftOut = story('BadArrowsLeftOut');
export const ErrorUnknownLane = story('ErrorUnknownLane');
export const ErrorNoSteps = story('ErrorNoSteps');
export const ErrorDuplicateStep = story('ErrorDuplicateStep');
export const ErrorUnsafeLink = story('ErrorUnsafeLink');
export const ErrorLanesNotAList = story('ErrorLanesNotAList');
export const ErrorItemNotFound = story('ErrorItemNotFound');
export const ErrorLoadFailed = story('ErrorLoadFailed');
