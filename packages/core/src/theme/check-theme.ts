/**
 * The theme guard behind `fc-kit check-theme`: a county's theme CSS (its `--fc-*` custom
 * properties) against the colours every element puts next to each other. Text 4.5:1 on what it
 * sits on (WCAG 1.4.3); marks, borders, lines, focus and opened states 3:1 against what is next to
 * them (1.4.11); the series apart (ΔE ≥ 20) for normal, protan, deutan and tritan vision, as the
 * default palette is. Greyscale is reported as a warning: the kit writes every value out and
 * patterns answers from the ninth, so colour is never the only key. Pure: it reads text.
 */
import { contrast, deltaE, parseColour, worstBackgroundContrast, type Vision } from './colour.js';
import { DARK_TOKENS, TOKENS } from './token-values.js';

/** An element's own tokens and the core token each defaults to (the elements' styles say the same). */
export const ELEMENT_TOKEN_DEFAULTS: Record<string, string> = {
  '--fc-governance-band-1': '--fc-color-surface',
  '--fc-governance-band-2': '--fc-color-background',
  '--fc-governance-link-color': '--fc-color-accent',
  '--fc-governance-line-color': '--fc-color-border',
  '--fc-house-roof-color': '--fc-color-surface',
  '--fc-house-wall-color': '--fc-color-background',
  '--fc-house-line-color': '--fc-color-border',
  '--fc-house-stone-color': '--fc-color-surface',
  '--fc-house-door-color': '--fc-color-accent',
  '--fc-roadmap-lane-background': '--fc-color-surface',
  '--fc-roadmap-item-background': '--fc-color-background',
  '--fc-roadmap-today-color': '--fc-color-error',
};

const SERIES = Array.from({ length: 8 }, (_, i) => `--fc-series-${i + 1}`);

interface Pair {
  /** What a reader sees there. */
  what: string;
  fg: string;
  bg: string;
  min: number;
}

const text = (what: string, fg: string, bg: string): Pair => ({ what, fg, bg, min: 4.5 });
const mark = (what: string, fg: string, bg: string): Pair => ({ what, fg, bg, min: 3 });

/** Every pair of colours the elements draw next to each other. The first token is the one to change. */
export const THEME_PAIRS: Pair[] = [
  text('text', '--fc-color-text', '--fc-color-background'),
  text('text on a surface', '--fc-color-text', '--fc-color-surface'),
  text('muted text (guide, source, hints)', '--fc-color-text-muted', '--fc-color-background'),
  text('muted text on a surface', '--fc-color-text-muted', '--fc-color-surface'),
  text('links and button text', '--fc-color-accent', '--fc-color-background'),
  text('button text on hover', '--fc-color-accent', '--fc-color-surface'),
  text('text of an opened part', '--fc-color-accent-contrast', '--fc-color-accent'),
  text('error message', '--fc-color-error', '--fc-color-error-background'),
  text('text in an error box', '--fc-color-text', '--fc-color-error-background'),
  text('tree: text on level band 1', '--fc-color-text', '--fc-governance-band-1'),
  text('tree: text on level band 2', '--fc-color-text', '--fc-governance-band-2'),
  text('tree: link label on band 1', '--fc-governance-link-color', '--fc-governance-band-1'),
  text('tree: link label on band 2', '--fc-governance-link-color', '--fc-governance-band-2'),
  text('house: roof label', '--fc-color-text', '--fc-house-roof-color'),
  text('house: room text', '--fc-color-text', '--fc-house-wall-color'),
  text('house: foundation stone text', '--fc-color-text', '--fc-house-stone-color'),
  text('house: door label', '--fc-color-accent-contrast', '--fc-house-door-color'),
  text('roadmap: lane text', '--fc-color-text', '--fc-roadmap-lane-background'),
  text('roadmap: item text', '--fc-color-text', '--fc-roadmap-item-background'),
  mark('borders', '--fc-color-border', '--fc-color-background'),
  mark('borders on a surface', '--fc-color-border', '--fc-color-surface'),
  mark('focus ring', '--fc-color-focus', '--fc-color-background'),
  mark('focus ring on a surface', '--fc-color-focus', '--fc-color-surface'),
  mark('opened state (fill)', '--fc-color-accent', '--fc-color-background'),
  mark('tree: connector lines on band 1', '--fc-governance-line-color', '--fc-governance-band-1'),
  mark('tree: connector lines on band 2', '--fc-governance-line-color', '--fc-governance-band-2'),
  mark('tree: links between groups', '--fc-governance-link-color', '--fc-color-background'),
  mark('house: walls and lines', '--fc-house-line-color', '--fc-house-wall-color'),
  mark('house: door', '--fc-house-door-color', '--fc-house-wall-color'),
  mark('roadmap: today line', '--fc-roadmap-today-color', '--fc-roadmap-lane-background'),
  ...SERIES.map((s, i) => mark(`series ${i + 1} (answers, lanes)`, s, '--fc-color-background')),
  ...SERIES.map((s, i) => mark(`roadmap: lane ${i + 1} marker`, s, '--fc-roadmap-lane-background')),
];

export interface ThemeFinding {
  /** `text`, `mark`, `focus`, `series` or `colour` (a value that is not a colour the guard reads). */
  kind: 'text' | 'mark' | 'focus' | 'series' | 'colour';
  what: string;
  /** The token to change. */
  token: string;
  message: string;
}

export interface ThemeCheck {
  ok: boolean;
  /** Checks made. */
  checked: number;
  failures: ThemeFinding[];
  warnings: ThemeFinding[];
}

/** The `--fc-*` declarations of a theme style sheet, the last of each name winning, comments dropped. */
export function themeDeclarations(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of clean.matchAll(/(--fc-[a-z0-9-]+)\s*:\s*([^;{}]+)/gi)) out[m[1].toLowerCase()] = m[2].replace(/!important/i, '').trim();
  return out;
}

/** Checks a theme (`--fc-*` values) over the light defaults, or the dark ones with `scheme: 'dark'`. */
export function checkTheme(theme: Record<string, string>, { scheme = 'light' }: { scheme?: 'light' | 'dark' } = {}): ThemeCheck {
  const defaults: Record<string, string> = { ...TOKENS, ...(scheme === 'dark' ? DARK_TOKENS : {}) };
  const failures: ThemeFinding[] = [];
  const warnings: ThemeFinding[] = [];
  const unreadable = new Set<string>();

  const resolve = (name: string, depth = 0): string | undefined => {
    if (depth > 10) return undefined;
    const own = theme[name];
    if (own !== undefined) {
      const ref = /^var\(\s*(--_?fc-[a-z0-9-]+)\s*(?:,\s*(.+))?\)$/i.exec(own);
      if (ref) return resolve(ref[1].replace('--_fc-', '--fc-'), depth + 1) ?? ref[2];
      return own;
    }
    if (ELEMENT_TOKEN_DEFAULTS[name]) return resolve(ELEMENT_TOKEN_DEFAULTS[name], depth + 1);
    return defaults[name];
  };
  const colourOf = (name: string) => {
    const value = resolve(name);
    const colour = value === undefined ? undefined : parseColour(value);
    if (!colour || colour[3] < 1) {
      if (!unreadable.has(name)) {
        unreadable.add(name);
        failures.push({
          kind: 'colour',
          what: name,
          token: name,
          message: `${name}: "${value}" is not an opaque colour the guard can read (use #rrggbb or rgb())`,
        });
      }
      return undefined;
    }
    return colour;
  };
  /** The token a reader should change: the theme's own, else the core token behind an element one. */
  const blame = (name: string): string =>
    theme[name] === undefined && ELEMENT_TOKEN_DEFAULTS[name] ? blame(ELEMENT_TOKEN_DEFAULTS[name]) : name;

  let checked = 0;
  for (const pair of THEME_PAIRS) {
    const fg = colourOf(pair.fg);
    const bg = colourOf(pair.bg);
    if (!fg || !bg) continue;
    checked++;
    const ratio = contrast(fg, bg);
    if (ratio < pair.min) {
      failures.push({
        kind: pair.min === 4.5 ? 'text' : 'mark',
        what: pair.what,
        token: blame(pair.fg),
        message: `${pair.what}: ${resolve(pair.fg)} (${pair.fg}) on ${resolve(pair.bg)} (${pair.bg}) is ${ratio.toFixed(2)}:1, needs ${pair.min}:1; change ${blame(pair.fg)} (or ${blame(pair.bg)})`,
      });
    }
  }

  const focus = colourOf('--fc-color-focus');
  const halo = colourOf('--fc-color-focus-contrast');
  if (focus && halo) {
    checked++;
    const worst = worstBackgroundContrast(focus, halo);
    if (worst < 3)
      failures.push({
        kind: 'focus',
        what: 'focus ring on any background',
        token: '--fc-color-focus-contrast',
        message: `focus ring: ${resolve('--fc-color-focus')} with its halo ${resolve('--fc-color-focus-contrast')} keeps only ${worst.toFixed(2)}:1 on the worst background (needs 3:1, the two 9:1 apart); change --fc-color-focus-contrast (or --fc-color-focus)`,
      });
  }

  const series = SERIES.map((name) => ({ name, colour: colourOf(name) }));
  const visions: Vision[] = ['normal', 'protan', 'deutan', 'tritan'];
  for (let i = 0; i < series.length; i++) {
    for (let j = i + 1; j < series.length; j++) {
      const a = series[i];
      const b = series[j];
      if (!a.colour || !b.colour) continue;
      for (const vision of visions) {
        checked++;
        const d = deltaE(a.colour, b.colour, vision);
        if (d < 20) {
          failures.push({
            kind: 'series',
            what: `${a.name} and ${b.name} (${vision})`,
            token: theme[b.name] !== undefined ? b.name : a.name,
            message: `series: ${resolve(a.name)} (${a.name}) and ${resolve(b.name)} (${b.name}) are ΔE ${d.toFixed(1)} apart for ${vision} vision, need 20; change ${theme[b.name] !== undefined ? b.name : a.name}`,
          });
          break;
        }
      }
    }
  }
  for (let i = 0; i + 1 < series.length; i++) {
    const a = series[i];
    const b = series[i + 1];
    if (!a.colour || !b.colour) continue;
    const d = deltaE(a.colour, b.colour, 'greyscale');
    if (d < 10)
      warnings.push({
        kind: 'series',
        what: `${a.name} and ${b.name} (greyscale)`,
        token: b.name,
        message: `series: ${a.name} and ${b.name} look alike in greyscale (ΔE ${d.toFixed(1)}); every value is written out, so this is a warning`,
      });
  }
  return { ok: failures.length === 0, checked, failures, warnings };
}
