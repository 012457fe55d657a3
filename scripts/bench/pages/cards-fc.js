import '/dist/cards.js';
import { expose, host, loaded } from './harness.js';
import { generateCardSet } from '../../../packages/cards/test/generate.ts';

// The figure: 100 cards with 3 sections of 5 points each.
const set = generateCardSet(100, { sections: 3, points: 5, seed: 1 });

expose({
  async render() {
    const el = document.createElement('fc-cards');
    el.lang = 'fi';
    el.data = set;
    const done = loaded(el);
    host.append(el);
    await done;
  },
  count: () => host.querySelector('fc-cards').shadowRoot.querySelectorAll('[part="card"]').length,
});
