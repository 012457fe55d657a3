import '/dist/roadmap.js';
import { expose, host, loaded } from './harness.js';
import { roadmap } from './roadmap-data.js';

expose({
  async render() {
    const el = document.createElement('fc-roadmap');
    el.lang = 'fi';
    el.data = roadmap;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-roadmap').shadowRoot.querySelectorAll('[part~="item"]').length,
});
