/**
 * From a validated survey to what the element shows: the chart kind, each answer's label, whole
 * percent and count as the reader's locale writes them, the label lines of a bar chart's axis and
 * the chart's height. Pure: no DOM, so it is tested and benchmarked on its own.
 */
import { formatNumber, formatPercent, spokenNumber, wholePercent, type Language, type Survey, type Text } from '@fc-kit/core';
import { t } from './strings.js';

export const CHART_KINDS = ['doughnut', 'pie', 'bar'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Distinct series colours (`--fc-series-1…8`); after them, colours repeat with a pattern. */
export const SERIES_COUNT = 8;
/** Fill patterns: 0 is solid; the swatches' CSS and the canvas draw the same eight. */
export const PATTERN_COUNT = 8;

export interface AnswerRow {
  index: number;
  answer: Survey['answers'][number];
  label: string;
  count: number;
  /** Whole percent of n, as the source prints it. */
  percent: number;
  /** The exact share of n in percent: the length of a bar. */
  share: number;
  /** `86 %` (fi, sv) or `86%` (en). */
  percentText: string;
  countText: string;
  /** The count for the ear: never digit-grouped (`11700`, not `11 700`). */
  countSpoken: string;
  /** `86 % (18)`. */
  valueText: string;
  /** `86 % (11700)`: the value as accessible names and descriptions read it. */
  valueSpoken: string;
  /** The label broken into lines, for a bar chart (drawn above its bar) and the tooltip. */
  lines: string[];
  /** A bar's centre, in em from the top of the plot. */
  barY: number;
  /** 1…8: which `--fc-series-N` colour (always 1 in a bar chart). */
  color: number;
  /** Pattern over the colour: none for the first eight answers. */
  pattern: number;
  /** Pattern in forced colours, where every answer has its own. */
  forcedPattern: number;
}

export interface SurveyLayout {
  kind: ChartKind;
  multi: boolean;
  n: number;
  nText: string;
  /** N for the ear: never digit-grouped. */
  nSpoken: string;
  question: string;
  rows: AnswerRow[];
  /** The chart's text alternative: kind, question, respondents and every answer. */
  summary: string;
  /** The chart's height in em of the element's font size: known before Chart.js loads. */
  height: number;
  /** Bars: the height of the area the bars and their labels take, in em (the x axis is below it). */
  plot: number;
}

export interface LayoutOptions {
  lang: Language;
  text: (value: Text | undefined) => string;
  /** The `chart` attribute, when given: wins over the survey's own. */
  chart?: ChartKind;
  /** The element's width in px, for breaking bar labels; 640 when not known yet. */
  width?: number;
  /** The element's font size in px. */
  fontSize?: number;
}

/**
 * Bars, in em: each label above its bar across the whole width (a column can be narrow; an axis
 * beside the bars would squeeze them), then the bar, then a gap. Labels are 0.875 em; an average
 * character is about 0.56 of that wide.
 */
export const BAR = { font: 0.875, line: 0.875 * 1.25, gap: 0.3, thickness: 1.5, rowGap: 0.8, axis: 2.25 } as const;
const CHAR_WIDTH = 0.56 * BAR.font;

export function chartKind(survey: Survey, chart?: ChartKind): ChartKind {
  // Shares of a multiple-choice question do not add up to a whole: never a pie.
  if (survey.type === 'multi') return 'bar';
  return chart ?? survey.chart ?? 'doughnut';
}

export function layoutSurvey(survey: Survey, { lang, text, chart, width = 640, fontSize = 16 }: LayoutOptions): SurveyLayout {
  const kind = chartKind(survey, chart);
  const bars = kind === 'bar';
  const n = survey.n;
  const maxChars = Math.max(12, Math.floor((width * 0.95) / (fontSize * CHAR_WIDTH)));
  let y = 0.2;
  const rows = survey.answers.map((answer, index): AnswerRow => {
    const label = text(answer.label);
    const percentText = formatPercent(answer.count, n, lang);
    const countText = formatNumber(answer.count, lang);
    const countSpoken = spokenNumber(answer.count, lang);
    const lines = wrapLabel(label, maxChars);
    const barY = y + lines.length * BAR.line + BAR.gap + BAR.thickness / 2;
    y = barY + BAR.thickness / 2 + BAR.rowGap;
    return {
      index,
      answer,
      label,
      count: answer.count,
      percent: wholePercent(answer.count, n),
      share: n > 0 ? (answer.count * 100) / n : 0,
      percentText,
      countText,
      countSpoken,
      valueText: `${percentText} (${countText})`,
      valueSpoken: `${percentText} (${countSpoken})`,
      lines,
      barY: round(barY),
      // Bars are one series (the answers to one question), each labelled where it is drawn: one colour.
      color: bars ? 1 : (index % SERIES_COUNT) + 1,
      pattern: bars ? 0 : Math.floor(index / SERIES_COUNT) % PATTERN_COUNT,
      forcedPattern: bars ? 0 : index % PATTERN_COUNT,
    };
  });
  const question = text(survey.question);
  const nText = formatNumber(n, lang);
  const nSpoken = spokenNumber(n, lang);
  const summary = t(lang, 'summary', {
    kind: t(lang, `kind-${kind}`),
    question: /[.?!:]$/.test(question.trim()) ? question.trim() : `${question.trim()}.`,
    respondents: t(lang, 'respondents', { n: nSpoken }),
    answers: rows.map((r) => `${r.label} ${r.valueSpoken}`).join('; '),
  });
  const plot = round(y - BAR.rowGap + 0.2);
  const height = kind === 'bar' ? round(plot + BAR.axis) : 15;
  return { kind, multi: survey.type === 'multi', n, nText, nSpoken, question, rows, summary, height, plot };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Breaks a label into lines of at most `max` characters at spaces and after `/` or `-`; a word
 * longer than a line is split with a hyphen rather than pushing the bars off a narrow column.
 */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string, space: boolean) => {
    const glue = line && space ? ' ' : '';
    if (line && line.length + glue.length + word.length > max) {
      lines.push(line);
      line = word;
    } else line += glue + word;
  };
  // Each token: the whitespace before it, a word, and the / or - it ends with.
  for (const token of label.trim().match(/\s*(?:[^\s/-]+[/-]*|[/-]+)/g) ?? []) {
    let word = token.trim();
    let space = word !== token;
    while (word.length > max) {
      push(word.slice(0, max - 1) + '-', space);
      word = word.slice(max - 1);
      space = false;
    }
    push(word, space);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
