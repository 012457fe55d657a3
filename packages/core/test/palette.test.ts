import { expect } from '@open-wc/testing';
import { SERIES_PALETTE, TOKENS } from '@fc-kit/core';

// WCAG relative luminance and contrast.
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1), then CIELAB.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const lab = (hex: string, m: number[][]) => {
  const c = channels(hex).map(linear);
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};

describe('the default palette', () => {
  it('has at least eight series colours', () => {
    expect(SERIES_PALETTE.length).to.be.at.least(8);
    expect(Object.keys(TOKENS).filter((k) => k.startsWith('--fc-series-'))).to.have.length(SERIES_PALETTE.length);
  });

  it('meets 3:1 against the background (WCAG 1.4.11) and text meets 4.5:1', () => {
    for (const colour of SERIES_PALETTE) expect(contrast(colour, '#ffffff'), colour).to.be.at.least(3);
    expect(contrast(TOKENS['--fc-color-text'], TOKENS['--fc-color-background'])).to.be.at.least(4.5);
    expect(contrast(TOKENS['--fc-color-text-muted'], TOKENS['--fc-color-background'])).to.be.at.least(4.5);
    expect(contrast(TOKENS['--fc-color-text-muted'], TOKENS['--fc-color-surface'])).to.be.at.least(4.5);
    expect(contrast(TOKENS['--fc-color-accent'], TOKENS['--fc-color-background'])).to.be.at.least(4.5);
    expect(contrast(TOKENS['--fc-color-error'], TOKENS['--fc-color-error-background'])).to.be.at.least(4.5);
    expect(contrast(TOKENS['--fc-color-border'], TOKENS['--fc-color-background'])).to.be.at.least(3);
  });

  it('keeps every two colours apart (ΔE ≥ 20) for normal, protan, deutan and tritan vision', () => {
    for (const [name, m] of Object.entries(SIMULATIONS)) {
      const points = SERIES_PALETTE.map((c) => lab(c, m));
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const d = Math.hypot(...points[i].map((v, k) => v - points[j][k]));
          expect(d, `${name}: ${SERIES_PALETTE[i]} vs ${SERIES_PALETTE[j]}`).to.be.at.least(20);
        }
      }
    }
  });
});
