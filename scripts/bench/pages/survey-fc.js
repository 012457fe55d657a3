import '/dist/survey-chart.js';
import { expose, host, loaded } from './harness.js';
import { survey } from './survey-data.js';

expose({
  async render() {
    const el = document.createElement('fc-survey-chart');
    el.lang = 'fi';
    el.data = survey;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-survey-chart').shadowRoot.querySelectorAll('canvas').length,
});
