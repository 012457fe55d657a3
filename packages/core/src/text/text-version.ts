/**
 * The text version of a figure: what a reader without JavaScript, a printer, a CMS that allows no
 * script or custom tag, or a transcript gets. Each element builds its content as a small tree of
 * the tags Helsinki's Drupal text formats allow, and this file writes it out as HTML or plain text.
 *
 * A tree and not a string: one build gives both formats, the allow-list is a type (a tag outside
 * it does not compile), and escaping happens in one place — `toHtml` — so data is always text.
 * No DOM either, so the CLI runs it in Node and the builder in the browser.
 */
import { spokenNumber } from './format.js';
import { isSafeUrl } from '../document/url.js';
import type { Source, Text } from '../document/types.js';
import { kitString } from './kit-strings.js';
import type { Language } from './language.js';
import { pickText, textLanguage } from './pick-text.js';

export interface TextVersionOptions {
  /** The heading level of the title (2–6; the page has the h1). Default 2. */
  level?: number;
  /** The document's source, for an item that does not name its own. */
  source?: Source;
}

/** The only tags a text version uses (Helsinki's allow-list). */
export const TEXT_VERSION_TAGS = [
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'th',
  'td',
  'thead',
  'tbody',
  'strong',
  'em',
  'a',
] as const;
export type TextVersionTag = (typeof TEXT_VERSION_TAGS)[number];

export interface TextAttrs {
  href?: string;
  /** The language of the content when it is not the reader's (a text missing a translation). */
  lang?: string;
  scope?: 'col' | 'row';
}

export interface TextNode {
  tag: TextVersionTag;
  attrs: TextAttrs;
  children: TextContent[];
}
export type TextContent = TextNode | string;
type Child = TextContent | readonly Child[] | false | null | undefined;

/** `h('li', {}, 'a', list)`: children may be nested lists and falsy (left out), so content reads like markup. */
export function h(tag: TextVersionTag, attrs: TextAttrs | null, ...children: Child[]): TextNode {
  return { tag, attrs: attrs ?? {}, children: flatten(children) };
}

function flatten(children: readonly Child[]): TextContent[] {
  const out: TextContent[] = [];
  for (const c of children) {
    if (c === false || c === null || c === undefined || c === '') continue;
    if (Array.isArray(c)) out.push(...flatten(c));
    else out.push(c as TextContent);
  }
  return out;
}

/** A heading tag for a level: the page has the h1, and HTML has no h7. */
export function headingTag(level: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return `h${Math.min(6, Math.max(2, Math.round(level)))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/** A block holding one data text, marked with that text's language when it is not the reader's. */
export function textBlock(tag: TextVersionTag, value: Text | undefined, lang: Language, ...more: Child[]): TextNode {
  return h(tag, langOf(value, lang), pickText(value, lang), ...more);
}

/**
 * A whole number as digits only. A space as the thousands separator (`11 700`) is read by screen
 * readers as two numbers, and a text version is read out more than any other form.
 */
export function plainNumber(value: number, lang: Language): string {
  // The same function the elements' accessible names use, so chart, table, CSV and text agree.
  return spokenNumber(value, lang);
}

/** The note and source under every figure, as `sourceNote` shows them on screen. */
export function noteAndSource(lang: Language, note: Text | undefined, source: Source | undefined): TextNode[] {
  const out: TextNode[] = [];
  if (pickText(note, lang)) out.push(h('p', null, h('strong', null, `${kitString(lang, 'note')}:`), ' ', pickText(note, lang)));
  if (source) {
    const title = pickText(source.title, lang);
    out.push(
      h(
        'p',
        null,
        h('strong', null, `${kitString(lang, 'source')}:`),
        ' ',
        source.url ? h('a', { href: source.url, ...langOf(source.title, lang) }, title) : title,
        source.date ? `, ${source.date}` : '',
      ),
    );
  }
  return out;
}

/** `{ lang }` for an element whose whole content is one data text from another language. */
export const langOf = (value: Text | undefined, lang: Language): TextAttrs => {
  const own = textLanguage(value, lang);
  return own === lang ? {} : { lang: own };
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * The one escape of the text version: every data text and attribute value goes through it. Text
 * needs `& < >` escaped; attribute values quotes too (a transcript stays readable in a source view).
 */
const escape = (text: string, attribute = false) => text.replace(attribute ? /[&<>"']/g : /[&<>]/g, (c) => ENTITIES[c]);

const BLOCKS = new Set<TextVersionTag>(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'tr', 'thead', 'tbody']);

/** HTML: blocks on lines of their own, indented, so that a transcript pasted into a CMS's source view stays readable. */
export function toHtml(content: readonly TextContent[]): string {
  return content.map((c) => write(c, 0)).join('\n') + '\n';
}

function write(c: TextContent, depth: number): string {
  if (typeof c === 'string') return escape(c);
  let attrs = '';
  for (const [name, value] of Object.entries(c.attrs) as [keyof TextAttrs, string | undefined][]) {
    // Links are checked by the schema already; a tree built by hand is checked here too.
    if (value === undefined || (name === 'href' && !isSafeUrl(value))) continue;
    attrs += ` ${name}="${escape(value, true)}"`;
  }
  const open = `<${c.tag}${attrs}>`;
  const close = `</${c.tag}>`;
  if (!c.children.some(isBlock)) return `${open}${c.children.map((k) => write(k, depth + 1)).join('')}${close}`;
  // Blocks on lines of their own; a run of inline content (text, strong, a) stays on one line as written.
  const pad = '  '.repeat(depth + 1);
  const lines: string[] = [];
  let run = '';
  for (const k of c.children) {
    if (isBlock(k)) {
      if (run) lines.push(pad + run.trim());
      run = '';
      lines.push(pad + write(k, depth + 1));
    } else run += write(k, depth + 1);
  }
  if (run) lines.push(pad + run.trim());
  return `${open}\n${lines.join('\n')}\n${'  '.repeat(depth)}${close}`;
}

const isBlock = (c: TextContent): c is TextNode => typeof c !== 'string' && BLOCKS.has(c.tag);

/**
 * Plain text: headings and paragraphs separated by blank lines, lists indented with `-` or `1.`,
 * table rows as cells joined by ` | `, a link as its text with the address in brackets.
 */
export function toPlainText(content: readonly TextContent[]): string {
  const lines: string[] = [];
  for (const c of content) block(c, lines, '');
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

function block(c: TextContent, lines: string[], indent: string): void {
  if (typeof c === 'string' || !BLOCKS.has(c.tag)) {
    lines.push(indent + inline(c));
    return;
  }
  switch (c.tag) {
    case 'ul':
    case 'ol':
      c.children.forEach((li, i) => listItem(li, lines, indent, c.tag === 'ol' ? `${i + 1}. ` : '- '));
      if (!indent) lines.push('');
      return;
    case 'table':
    case 'thead':
    case 'tbody':
      for (const k of c.children) block(k, lines, indent);
      if (c.tag === 'table') lines.push('');
      return;
    case 'tr':
      lines.push(indent + c.children.map((cell) => inline(cell)).join(' | '));
      return;
    default:
      // Inside a list, a paragraph is one more indented line; at the top, a paragraph of its own.
      lines.push(indent + inline(c));
      if (!indent) lines.push('');
  }
}

function listItem(li: TextContent, lines: string[], indent: string, marker: string): void {
  const kids = typeof li === 'string' ? [li] : li.children;
  const text = kids.filter((k) => typeof k === 'string' || !BLOCKS.has(k.tag));
  lines.push(indent + marker + text.map((k) => inline(k)).join(''));
  const nested = indent + ' '.repeat(marker.length);
  for (const k of kids) if (typeof k !== 'string' && BLOCKS.has(k.tag)) block(k, lines, nested);
}

function inline(c: TextContent): string {
  if (typeof c === 'string') return c.replace(/\s+/g, ' ');
  const text = c.children.map((k) => inline(k)).join('');
  if (c.tag === 'a' && c.attrs.href && isSafeUrl(c.attrs.href) && c.attrs.href !== text) return `${text} (${c.attrs.href})`;
  return text;
}
