/**
 * The colours and font a canvas draws with, read from the element's computed style so a county
 * theme (`--fc-series-*`, `--fc-color-*` set anywhere above) reaches pixels CSS cannot style. In
 * forced colours the system colours replace them, and patterns tell the answers apart.
 */
import { SERIES_COUNT } from './survey-chart-layout.js';

export interface ChartTheme {
  forced: boolean;
  reducedMotion: boolean;
  /** `--fc-series-1…8`, resolved to colours a canvas accepts. */
  series: string[];
  text: string;
  muted: string;
  background: string;
  border: string;
  font: string;
  fontSize: number;
}

const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;

/**
 * `probe` is an element inside the shadow root (so it inherits the private `--_fc-*` twins) that
 * is exempt from forced colours, so what it computes is the value asked for.
 */
export function readTheme(host: Element, probe: HTMLElement): ChartTheme {
  const forced = media('(forced-colors: active)');
  const resolve = (value: string) => {
    probe.style.setProperty('color', value);
    return getComputedStyle(probe).color;
  };
  const series = Array.from({ length: SERIES_COUNT }, (_, i) => resolve(`var(--_fc-series-${i + 1})`));
  const style = getComputedStyle(host);
  const theme: ChartTheme = {
    forced,
    reducedMotion: media('(prefers-reduced-motion: reduce)'),
    series,
    text: resolve(forced ? 'CanvasText' : 'var(--_fc-color-text)'),
    muted: resolve(forced ? 'CanvasText' : 'var(--_fc-color-text-muted)'),
    background: resolve(forced ? 'Canvas' : 'var(--_fc-color-background)'),
    border: resolve(forced ? 'CanvasText' : 'var(--_fc-color-border)'),
    font: style.fontFamily,
    fontSize: parseFloat(style.fontSize) || 16,
  };
  probe.style.removeProperty('color');
  return theme;
}

export const sameTheme = (a: ChartTheme | undefined, b: ChartTheme) => !!a && JSON.stringify(a) === JSON.stringify(b);
