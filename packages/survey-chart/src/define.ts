import { defineElement } from '@fc-kit/core';
import { FcSurveyChart } from './survey-chart.js';

defineElement('fc-survey-chart', FcSurveyChart);

declare global {
  interface HTMLElementTagNameMap {
    'fc-survey-chart': FcSurveyChart;
  }
}
