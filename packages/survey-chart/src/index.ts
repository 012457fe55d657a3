export { FcSurveyChart } from './survey-chart.js';
// Survey-prefixed names: the kit's index re-exports every element's module side by side.
export {
  layoutSurvey,
  type SurveyLayout,
  type AnswerRow as SurveyAnswerRow,
  type ChartKind as SurveyChartKind,
  type LayoutOptions as SurveyLayoutOptions,
} from './survey-chart-layout.js';
export { surveyCsv } from './survey-csv.js';
