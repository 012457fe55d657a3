import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/cards/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-cards', EXAMPLES);

/**
 * `<fc-cards>` shows a set of titled cards: Etelä-Pohjanmaa's concept canvas in two bands
 * labelled along the side (one column in band order when narrow), task and area cards whose
 * sections (state → needs → actions; «Erityisen hyvää» / «Kehittämiskohteena») can be shown one
 * at a time or compared side by side, the eight national guidelines as a numbered checklist, and
 * key figures formatted for the reader's language. A status is an icon and a word, never colour
 * alone; a link to another card moves focus to it, a link to another figure on the page
 * (`roadmaps:…`) moves focus to that element. Long sections open with a real button; print
 * shows everything. Language and theme come from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-cards', component: 'fc-cards', tags: ['autodocs'] };
export default meta;

export const Canvas = story('Canvas');
export const CanvasNarrow = story('CanvasNarrow');
export const Guidelines = story('Guidelines');
export const Tasks = story('Tasks');
export const ServiceAreasCompared = story('ServiceAreasCompared');
export const ServiceAreas = story('ServiceAreas');
export const OneSection = story('OneSection');
export const KeyFigures = story('KeyFigures');
export const GuidelinePurpose = story('GuidelinePurpose');
export const Generated100 = story('Generated100');
export const GeneratedCanvas = story('GeneratedCanvas');
export const Swedish = story('Swedish');
export const English = story('English');
export const Finnish = story('Finnish');
export const Themed = story('Themed');
export const ErrorAreasOverlap = story('ErrorAreasOverlap');
export const ErrorFigureNotANumber = story('ErrorFigureNotANumber');
export const ErrorBandMemberUnknown = story('ErrorBandMemberUnknown');
export const ErrorLinkToMissingFigure = story('ErrorLinkToMissingFigure');
export const ErrorStatusUnknown = story('ErrorStatusUnknown');
export const ErrorNoCards = story('ErrorNoCards');
export const ErrorItemNotFound = story('ErrorItemNotFound');
export const ErrorLoadFailed = story('ErrorLoadFailed');
