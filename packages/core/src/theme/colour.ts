/**
 * Colour arithmetic for the kit's accessibility checks, pure (no DOM): WCAG 2 contrast, simulated
 * colour-vision deficiencies and greyscale, and CIELAB distance. The palette test, the focus test
 * and `fc-kit check-theme` all use these, so a colour passes or fails the same everywhere.
 */

/** sRGB channels 0–1 and alpha 0–1. */
export type Rgba = [number, number, number, number];

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: '#00000000' };

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (commas or spaces), white, black, transparent; else undefined. */
export function parseColour(value: string): Rgba | undefined {
  const v = (NAMED[value.trim().toLowerCase()] ?? value).trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m) {
    const hex = m[1].length <= 4 ? [...m[1]].map((c) => c + c).join('') : m[1];
    const n = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
    return [n(0), n(2), n(4), hex.length === 8 ? n(6) : 1];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255, alpha];
  }
  return undefined;
}

export function toHex([r, g, b]: Rgba | [number, number, number]): string {
  return (
    '#' +
    [r, g, b]
      .map((c) =>
        Math.round(Math.min(1, Math.max(0, c)) * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgbOf = (c: string | Rgba): Rgba => {
  const parsed = typeof c === 'string' ? parseColour(c) : c;
  if (!parsed) throw new Error(`not a colour: ${String(c)}`);
  return parsed;
};

/** WCAG relative luminance. */
export function luminance(colour: string | Rgba): number {
  const [r, g, b] = rgbOf(colour).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `over` drawn with its alpha on an opaque `under`. */
export function composite(over: Rgba, under: Rgba): Rgba {
  const a = over[3];
  return [0, 1, 2].map((i) => over[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
}

/** Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1), on linear RGB. */
export const VISIONS: Record<'normal' | 'protan' | 'deutan' | 'tritan' | 'greyscale', number[][]> = {
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
  // Every channel the luminance: what a greyscale print or a greyscale display setting shows.
  greyscale: [
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
  ],
};
export type Vision = keyof typeof VISIONS;

/** CIELAB (D65) of a colour as seen with `vision`. */
export function lab(colour: string | Rgba, vision: Vision = 'normal'): [number, number, number] {
  const m = VISIONS[vision];
  const c = rgbOf(colour).slice(0, 3).map(linear);
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 ΔE between two colours as seen with `vision`. */
export function deltaE(a: string | Rgba, b: string | Rgba, vision: Vision = 'normal'): number {
  const p = lab(a, vision);
  const q = lab(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest contrast either of two colours keeps against the worst possible background. */
export function worstBackgroundContrast(a: string | Rgba, b: string | Rgba): number {
  // The worst background sits between the two in luminance, where both ratios are equal: √(a:b).
  return Math.sqrt(contrast(a, b));
}
