import { expect } from '@open-wc/testing';
import {
  contrast,
  DARK_SERIES_PALETTE,
  DARK_TOKENS,
  deltaE,
  SERIES_PALETTE,
  TOKENS,
  worstBackgroundContrast,
} from '@fc-kit/core/headless.js';

const CVD = ['normal', 'protan', 'deutan', 'tritan'] as const;

function closestPair(palette: readonly string[], vision: (typeof CVD)[number]) {
  let worst = { d: Infinity, pair: '' };
  for (let i = 0; i < palette.length; i++)
    for (let j = i + 1; j < palette.length; j++) {
      const d = deltaE(palette[i], palette[j], vision);
      if (d < worst.d) worst = { d, pair: `${palette[i]} vs ${palette[j]}` };
    }
  return worst;
}

describe('the default palette', () => {
  it('has at least eight series colours', () => {
    expect(SERIES_PALETTE.length).to.be.at.least(8);
    expect(DARK_SERIES_PALETTE.length).to.equal(SERIES_PALETTE.length);
    expect(Object.keys(TOKENS).filter((k) => k.startsWith('--fc-series-'))).to.have.length(SERIES_PALETTE.length);
  });

  for (const [name, tokens, palette] of [
    ['light', TOKENS, SERIES_PALETTE],
    ['dark', { ...TOKENS, ...DARK_TOKENS }, DARK_SERIES_PALETTE],
  ] as const) {
    it(`${name}: meets 3:1 against the background (WCAG 1.4.11) and text meets 4.5:1`, () => {
      const bg = tokens['--fc-color-background'];
      for (const colour of palette) expect(contrast(colour, bg), colour).to.be.at.least(3);
      expect(contrast(tokens['--fc-color-text'], bg)).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-text-muted'], bg)).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-text-muted'], tokens['--fc-color-surface'])).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-accent'], bg)).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-accent-contrast'], tokens['--fc-color-accent'])).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-error'], tokens['--fc-color-error-background'])).to.be.at.least(4.5);
      expect(contrast(tokens['--fc-color-border'], bg)).to.be.at.least(3);
      expect(worstBackgroundContrast(tokens['--fc-color-focus'], tokens['--fc-color-focus-contrast'])).to.be.at.least(3);
    });

    it(`${name}: keeps every two colours apart (ΔE ≥ 20) for normal, protan, deutan and tritan vision`, () => {
      for (const vision of CVD) {
        const { d, pair } = closestPair(palette, vision);
        expect(d, `${vision}: ${pair}`).to.be.at.least(20);
      }
    });
  }
});
