import '/dist/governance-tree.js';
import { expose, host, loaded, params } from './harness.js';
import { tree } from './tree-data.js';

expose({
  async render() {
    const el = document.createElement('fc-governance-tree');
    el.lang = 'fi';
    if (params.get('expand') === 'all') el.setAttribute('expand-depth', '999');
    el.data = tree;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-governance-tree').shadowRoot.querySelectorAll('[part~="node"]').length,
});
