export { FcSurveyChart } from './survey-chart.js';
