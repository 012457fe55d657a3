import '/dist/survey-chart.js';
import { canvasDrawn, expose, host, loaded, params } from './harness.js';
import { survey } from './survey-data.js';

// The element fetches Chart.js when it first draws; the raw Chart.js page has it loaded before
// timing starts, so this page loads it too (the driver names the chunk), for the same start.
if (params.get('preload')) await import(params.get('preload'));

expose({
  async render() {
    const el = document.createElement('fc-survey-chart');
    el.lang = 'fi';
    el.data = survey;
    const done = loaded(el);
    host.append(el);
    await done;
    await canvasDrawn(el.shadowRoot.querySelector('canvas'));
  },
  count: () => host.querySelector('fc-survey-chart').shadowRoot.querySelectorAll('canvas').length,
});
