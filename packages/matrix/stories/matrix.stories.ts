import type { Meta } from '@storybook/web-components-vite';
import '@fc-kit/matrix/define.js';
import { elementStories } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';

const { story } = elementStories('fc-matrix', EXAMPLES);

/**
 * `<fc-matrix>` shows rows × columns whose cells are lists of points — critical client groups
 * against questions, risks against their aspects, the law beside practice — as a real table with
 * a caption, scoped row and column headers and a list in each cell. Empty cells show as empty; a
 * cell placed by reconstruction has a "placement uncertain" button that explains it and shows
 * the note. Press a header to show its row or column alone; search shows only the points with a
 * word and says how many matched; CSV downloads what is shown. Narrower than 40em it is stacked
 * by row, or by column as the reader chooses. Language and theme come from the toolbar.
 */
const meta: Meta = { title: 'Elements/fc-matrix', component: 'fc-matrix', tags: ['autodocs'] };
export default meta;

export const CriticalGroups = story('CriticalGroups');
export const ServicePaths = story('ServicePaths');
export const Risks = story('Risks');
export const GoalsActions = story('GoalsActions');
export const LawAndPractice = story('LawAndPractice');
export const EveryCell = story('EveryCell');
export const UncertainOpened = story('UncertainOpened');
export const OneColumnAlone = story('OneColumnAlone');
export const ByRow = story('ByRow');
export const ByColumn = story('ByColumn');
export const Narrow = story('Narrow');
export const NarrowByColumnSwedish = story('NarrowByColumnSwedish');
export const Swedish = story('Swedish');
export const English = story('English');
export const Finnish = story('Finnish');
export const Themed = story('Themed');
export const Generated50x10 = story('Generated50x10');
export const OneBadCell = story('OneBadCell');
export const ErrorDuplicateRow = story('ErrorDuplicateRow');
export const ErrorNoRows = story('ErrorNoRows');
export const ErrorNoCells = story('ErrorNoCells');
export const ErrorColumnsNotAList = story('ErrorColumnsNotAList');
export const ErrorItemNotFound = story('ErrorItemNotFound');
export const ErrorLoadFailed = story('ErrorLoadFailed');
