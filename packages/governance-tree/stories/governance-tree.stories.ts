import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/governance-tree/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-governance-tree', EXAMPLES);

/**
 * `<fc-governance-tree>` draws a leadership and coordination structure: each level a labelled band,
 * each body a box in its band under the body it belongs to, dashed lines for cooperation. Click a
 * box or press Enter on it for its description, duties, members and link. The tree is a WAI-ARIA
 * tree: Tab in, arrows to move, Right/Left to open and close, Home/End, `*` opens all siblings,
 * typing jumps to a name. In a container narrower than 36rem it is an indented outline.
 *
 * Attributes: `fit="zoom"` (default; scaled to the width, down to 75 %, then it scrolls) or
 * `fit="scroll"` (a wide tree scrolls inside the element); `expand-depth="n"` opens the first n generations (without
 * it a tree of more than 150 bodies opens as many whole generations as fit in 150 boxes).
 * Language and theme come from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-governance-tree', component: 'fc-governance-tree', tags: ['autodocs'] };
export default meta;

export const PohjoisPohjanmaa = story('PohjoisPohjanmaa');
export const PohjoisPohjanmaaDuties = story('PohjoisPohjanmaaDuties');
export const EtelaPohjanmaa = story('EtelaPohjanmaa');
export const PaijatHame = story('PaijatHame');
export const KuntaliittoThreeLevels = story('KuntaliittoThreeLevels');
export const KindsDutiesAndLinks = story('KindsDutiesAndLinks');
export const DetailsOpen = story('DetailsOpen');
export const Collapsed = story('Collapsed');
export const SecondGenerationOpen = story('SecondGenerationOpen');
export const Narrow = story('Narrow');
export const NarrowWithLinks = story('NarrowWithLinks');
export const WideScrolls = story('WideScrolls');
export const WideZoomed = story('WideZoomed');
export const Generated1000 = story('Generated1000');
export const Generated1000Expanded = story('Generated1000Expanded');
export const Swedish = story('Swedish');
export const English = story('English');
export const Themed = story('Themed');
export const DanglingLinkLeftOut = story('DanglingLinkLeftOut');
export const ErrorUnknownLevel = story('ErrorUnknownLevel');
export const ErrorDuplicateId = story('ErrorDuplicateId');
export const ErrorScriptUrl = story('ErrorScriptUrl');
export const ErrorTooWide = story('ErrorTooWide');
export const ErrorTooDeep = story('ErrorTooDeep');
export const ErrorLoadFailed = story('ErrorLoadFailed');
