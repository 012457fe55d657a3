/**
 * The only file that knows Chart.js. The element imports this module with `import()` the first
 * time it has a survey to draw, so Chart.js is fetched only for a valid chart on the page, and the
 * heading, answers and table do not wait for it. Chart.js is imported statically here so that any
 * bundler tree-shakes it: only the controllers, elements, scale and tooltip registered below stay.
 * The chart is not `responsive`: Chart.js would watch the whole document with MutationObservers for
 * every chart; the element already observes its size and calls `resize`.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  Chart,
  DoughnutController,
  LinearScale,
  PieController,
  Tooltip,
  type ChartConfiguration,
  type ChartOptions,
  type Plugin,
} from 'chart.js';
import type { ChartTheme } from './chart-theme.js';
import { BAR, type AnswerRow, type ChartKind, type SurveyLayout } from './survey-chart-layout.js';

// Bars stand on a linear scale, not a category one: each is placed under its own label (see BAR).
Chart.register(DoughnutController, PieController, BarController, ArcElement, BarElement, LinearScale, Tooltip);

/** How many charts exist now (for the leak tests). */
export const liveCharts = () => Object.keys(Chart.instances).length;

/** The Chart.js chart drawn on a canvas, for tests that press on its parts. */
export const chartOn = (canvas: HTMLCanvasElement) => Chart.getChart(canvas);

export interface ChartSpec {
  layout: SurveyLayout;
  theme: ChartTheme;
  /** An axis tick: `50 %`. */
  formatAxis: (percent: number) => string;
}

export interface SurveyChart {
  readonly canvas: HTMLCanvasElement;
  readonly kind: ChartKind;
  update(spec: ChartSpec): void;
  /** Shows answer `index`'s tooltip and highlight as a hover does; `-1` hides them. */
  show(index: number): void;
  resize(width: number, height: number): void;
  /** The chart with the question, N (and a hint) above it and, for a pie, the answers below, as a PNG. */
  png(title: string, subtitle: string[]): Promise<Blob | null>;
  destroy(): void;
}

type Kind = 'doughnut' | 'pie' | 'bar';
type Fill = string | CanvasPattern;

export function createSurveyChart(
  canvas: HTMLCanvasElement,
  first: ChartSpec,
  size: { width: number; height: number },
  onSelect: (index: number) => void,
): SurveyChart {
  let spec = first;
  const kind = first.layout.kind;
  const ctx = canvas.getContext('2d');
  // Chart.js only logs this and leaves a chart without a canvas; the element shows the table instead.
  if (!ctx) throw new Error('this browser gave no 2D context for the canvas');
  const rows = () => spec.layout.rows;

  const fills = (): Fill[] => rows().map((r) => fillOf(ctx, spec.theme, r));
  const font = (scale: number, weight?: 'bold') => ({
    family: spec.theme.font,
    size: Math.round(spec.theme.fontSize * scale),
    weight,
    lineHeight: 1.2,
  });

  const valueLabels: Plugin<Kind> = {
    id: 'fcValueLabels',
    beforeDraw(chart) {
      // An opaque background, so the PNG is readable in any viewer.
      const c = chart.ctx;
      c.save();
      c.fillStyle = spec.theme.background;
      c.fillRect(0, 0, chart.width, chart.height);
      c.restore();
    },
    afterDatasetsDraw(chart) {
      const c = chart.ctx;
      const { theme } = spec;
      c.save();
      c.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((element, i) => {
        const row = rows()[i];
        if (!row) return;
        if (kind === 'bar') {
          const { x, y, height } = element.getProps(['x', 'y', 'height']) as Record<string, number>;
          c.fillStyle = theme.text;
          c.textAlign = 'left';
          c.font = fontString(font(BAR.font, 'bold'));
          c.fillText(row.valueText, x + 6, y);
          c.font = fontString(font(BAR.font));
          const em = theme.fontSize;
          const top = y - height / 2 - BAR.gap * em - row.lines.length * BAR.line * em;
          row.lines.forEach((line, k) => c.fillText(line, chart.chartArea.left, top + (k + 0.5) * BAR.line * em));
          return;
        }
        const arc = element.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius']) as Record<string, number>;
        if (arc.endAngle - arc.startAngle < 0.35) return;
        const mid = (arc.startAngle + arc.endAngle) / 2;
        const r = arc.innerRadius ? (arc.innerRadius + arc.outerRadius) / 2 : arc.outerRadius * 0.62;
        const x = arc.x + Math.cos(mid) * r;
        const y = arc.y + Math.sin(mid) * r;
        c.font = fontString(font(1, 'bold'));
        c.textAlign = 'center';
        // A halo of the opposite colour keeps the figure readable on any series colour and over stripes.
        const [ink, halo] = theme.forced ? [theme.text, theme.background] : ['#ffffff', '#000000'];
        c.lineWidth = 3;
        c.lineJoin = 'round';
        c.strokeStyle = halo;
        c.strokeText(row.percentText, x, y);
        c.fillStyle = ink;
        c.fillText(row.percentText, x, y);
      });
      c.restore();
    },
  };

  const options = (): ChartOptions<Kind> => {
    const { theme } = spec;
    const animation = theme.reducedMotion ? (false as const) : { duration: 400 };
    // The tooltip in the text's colours swapped, or in system colours.
    const [ink, ground] = theme.forced ? [theme.text, theme.background] : [theme.background, theme.text];
    const tooltip = {
      animation: theme.reducedMotion ? (false as const) : { duration: 150 },
      displayColors: false,
      backgroundColor: ground,
      titleColor: ink,
      bodyColor: ink,
      borderColor: ink,
      borderWidth: 1,
      padding: 8,
      titleFont: font(0.875, 'bold'),
      bodyFont: font(0.875),
      callbacks: {
        title: (items: { dataIndex: number }[]) => rows()[items[0]?.dataIndex]?.lines ?? '',
        label: (item: { dataIndex: number }) => rows()[item.dataIndex]?.valueText ?? '',
      },
    };
    const common = {
      responsive: false,
      maintainAspectRatio: false,
      animation,
      plugins: { tooltip },
      onClick: (_e: unknown, elements: { index: number }[]) => {
        if (elements[0]) onSelect(elements[0].index);
      },
      onHover: (_e: unknown, elements: unknown[]) => {
        canvas.style.cursor = elements.length ? 'pointer' : '';
      },
    };
    if (kind !== 'bar') return { ...common, layout: { padding: 8 }, cutout: kind === 'doughnut' ? '55%' : 0 } as ChartOptions<Kind>;
    ctx.save();
    ctx.font = fontString(font(0.875, 'bold'));
    const widest = Math.max(0, ...rows().map((r) => ctx.measureText(r.valueText).width));
    ctx.restore();
    return {
      ...common,
      indexAxis: 'y',
      layout: { padding: { top: 0, right: Math.ceil(widest) + 12, bottom: 0, left: 2 } },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: 100,
          ticks: { color: theme.muted, font: font(BAR.font), stepSize: 25, callback: (v: number | string) => spec.formatAxis(Number(v)) },
          // No grid over the plot: the labels above the bars cross it.
          grid: { drawOnChartArea: false, color: theme.border },
          border: { color: theme.border },
        },
        y: { type: 'linear', min: 0, max: spec.layout.plot, reverse: true, display: false },
      },
    } as ChartOptions<Kind>;
  };

  const dataset = () => {
    const { theme } = spec;
    const border = theme.forced ? theme.text : theme.background;
    return kind === 'bar'
      ? {
          data: rows().map((r) => ({ x: r.share, y: r.barY })),
          backgroundColor: fills(),
          borderColor: border,
          borderWidth: theme.forced ? 1 : 0,
          barThickness: Math.round(BAR.thickness * theme.fontSize),
        }
      : { data: rows().map((r) => r.count), backgroundColor: fills(), borderColor: border, borderWidth: 2, hoverOffset: 6 };
  };

  const config = {
    type: kind,
    data: { labels: rows().map((r) => r.label), datasets: [dataset()] },
    options: options(),
    plugins: [valueLabels],
  } as ChartConfiguration<Kind>;
  // Chart.js starts from the canvas's own size; a resize while it animates waits for a frame.
  canvas.width = size.width;
  canvas.height = size.height;
  const chart = new Chart(canvas, config);

  const mode = () => (spec.theme.reducedMotion ? 'none' : undefined);

  return {
    canvas,
    kind,
    update(next) {
      spec = next;
      chart.data.labels = rows().map((r) => r.label);
      chart.data.datasets[0] = dataset() as (typeof chart.data.datasets)[number];
      chart.options = options() as typeof chart.options;
      chart.update(mode());
    },
    show(index) {
      const element = chart.getDatasetMeta(0).data[index];
      const active = element ? [{ datasetIndex: 0, index }] : [];
      chart.setActiveElements(active);
      chart.tooltip?.setActiveElements(active, element ? element.tooltipPosition(true) : { x: 0, y: 0 });
      chart.update(mode());
    },
    resize(width, height) {
      chart.resize(width, height);
    },
    png: (title, subtitle) => composePng(chart, spec, fills(), title, subtitle),
    destroy() {
      chart.destroy();
    },
  };
}

function fontString(f: { family: string; size: number; weight?: string }) {
  return `${f.weight ?? ''} ${f.size}px ${f.family}`.trim();
}

/**
 * An answer's fill: its series colour, with a pattern from the ninth answer on; in forced colours
 * the system text colour in a pattern of its own on the system background.
 */
function fillOf(ctx: CanvasRenderingContext2D, theme: ChartTheme, row: AnswerRow): Fill {
  const [p, ink, ground] = theme.forced
    ? [row.forcedPattern, theme.text, theme.background]
    : [row.pattern, theme.background, theme.series[row.color - 1]];
  if (!p) return theme.forced ? ink : ground;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const c = tile.getContext('2d');
  if (!c) return ground;
  c.fillStyle = ground;
  c.fillRect(0, 0, 8, 8);
  c.strokeStyle = ink;
  c.lineWidth = 2;
  c.lineCap = 'round';
  c.beginPath();
  for (const [x1, y1, x2, y2] of PATTERN_LINES[p]) {
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
  }
  c.stroke();
  return ctx.createPattern(tile, 'repeat') ?? ground;
}

/** The same eight as the swatches' CSS, as strokes on an 8 px tile: solid, /, —, |, \, dots, ×, +. */
const RISING = [
  [-1, 1, 1, -1],
  [0, 8, 8, 0],
  [7, 9, 9, 7],
];
const FALLING = [
  [-1, 7, 1, 9],
  [0, 0, 8, 8],
  [7, -1, 9, 1],
];
const ACROSS = [[0, 4, 8, 4]];
const DOWN = [[4, 0, 4, 8]];
const PATTERN_LINES = [[], RISING, ACROSS, DOWN, FALLING, [[4, 4, 4.1, 4]], [...RISING, ...FALLING], [...ACROSS, ...DOWN]];

async function composePng(chart: Chart, spec: ChartSpec, fills: Fill[], title: string, subtitle: string[]): Promise<Blob | null> {
  const { theme, layout } = spec;
  const scale = chart.currentDevicePixelRatio || 1;
  const width = chart.width;
  const pad = 16;
  const size = theme.fontSize;
  const out = document.createElement('canvas');
  const c = out.getContext('2d');
  if (!c) return null;
  const fontOf = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${theme.font}`;
  const wrap = (text: string, font: string, max: number) => {
    c.font = font;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && c.measureText(next).width > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    return [...lines, line];
  };
  const titleFont = fontOf(Math.round(size * 1.125), true);
  const bodyFont = fontOf(size);
  const titleLines = wrap(title, titleFont, width - 2 * pad);
  const subLines = subtitle.flatMap((s) => wrap(s, bodyFont, width - 2 * pad));
  // Bars carry their labels and values; a doughnut or pie needs its key written out.
  const legend =
    layout.kind === 'bar' ? [] : layout.rows.map((r) => wrap(`${r.label} ${r.valueText}`, bodyFont, width - 2 * pad - size * 1.5));
  const lineH = size * 1.4;
  const top = pad + titleLines.length * lineH * 1.1 + subLines.length * lineH + pad / 2;
  const legendTop = top + chart.height + pad / 2;
  const height = legendTop + legend.reduce((h, l) => h + l.length * lineH, 0) + pad;
  out.width = Math.ceil(width * scale);
  out.height = Math.ceil(height * scale);
  c.scale(scale, scale);
  c.fillStyle = theme.background;
  c.fillRect(0, 0, width, height);
  c.fillStyle = theme.text;
  c.textBaseline = 'top';
  let y = pad;
  c.font = titleFont;
  for (const l of titleLines) (c.fillText(l, pad, y), (y += lineH * 1.1));
  c.font = bodyFont;
  for (const l of subLines) (c.fillText(l, pad, y), (y += lineH));
  c.drawImage(chart.canvas, 0, top, chart.width, chart.height);
  y = legendTop;
  legend.forEach((lines, i) => {
    c.fillStyle = fills[i];
    c.fillRect(pad, y + 2, size, size);
    c.strokeStyle = theme.text;
    c.lineWidth = 1;
    c.strokeRect(pad + 0.5, y + 2.5, size - 1, size - 1);
    c.fillStyle = theme.text;
    for (const l of lines) (c.fillText(l, pad + size * 1.5, y + 2), (y += lineH));
  });
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
