import '/dist/governance-tree.js';
import { expose, host, loaded, params } from './harness.js';
import { tree } from './tree-data.js';

expose({
  async render() {
    const el = document.createElement('fc-governance-tree');
    el.lang = 'fi';
    // `expand`: how many generations show (`all`, or n: the root is generation 1).
    const expand = params.get('expand');
    if (expand) el.setAttribute('expand-depth', expand === 'all' ? '999' : expand);
    el.data = tree;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-governance-tree').shadowRoot.querySelectorAll('[part~="node"]').length,
});
