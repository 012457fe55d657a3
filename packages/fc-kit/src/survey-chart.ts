/** Defines <fc-survey-chart>: `import 'fc-kit/survey-chart.js'`. */
export * from '@fc-kit/survey-chart';
import '@fc-kit/survey-chart/define.js';
