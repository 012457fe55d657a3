import '/dist/care-path.js';
import { expose, host, loaded } from './harness.js';
import { generateCarePath } from '../../../packages/care-path/test/generate.ts';

// The figure: a generated path of 200 steps and 400 arrows, from data to painted.
const path = { fcVersion: 1, id: 'bench', paths: [generateCarePath(200, 400)] };

expose({
  async render() {
    const el = document.createElement('fc-care-path');
    el.lang = 'fi';
    el.data = path;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-care-path').shadowRoot.querySelectorAll('[part~="step"]').length,
});
