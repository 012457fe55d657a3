import Chart from 'chart.js/auto';
import { canvasDrawn, expose, host } from './harness.js';
import { label, survey } from './survey-data.js';

expose({
  async render() {
    const canvas = document.createElement('canvas');
    const box = document.createElement('div');
    box.append(canvas);
    host.append(box);
    new Chart(canvas, {
      type: survey.chart ?? (survey.type === 'multi' ? 'bar' : 'doughnut'),
      data: {
        labels: survey.answers.map((a) => label(a.label)),
        datasets: [{ label: label(survey.question), data: survey.answers.map((a) => a.count) }],
      },
    });
    await canvasDrawn(canvas);
  },
  count: () => host.querySelectorAll('canvas').length,
});
