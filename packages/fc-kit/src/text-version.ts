/**
 * The text version of every element, in one list keyed by the collection each element shows:
 * what the CLI (`fc-kit render`), the embed builder's snippet and its "copy text version" button
 * use. A new element adds its `<el>-text.ts` and one row here; the type asks for a row for every
 * collection, so none is forgotten. DOM-free: it runs in Node and in the browser alike.
 */
import {
  checkDocument,
  COLLECTIONS,
  describeIssue,
  translator,
  type Strings,
  type Collection,
  type Issue,
  type CollectionItem,
  type Language,
  type Source,
} from '@fc-kit/core/headless.js';
import { toHtml, toPlainText, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { governanceFacts, governanceText } from '@fc-kit/governance-tree/text.js';
import { houseFacts, houseText } from '@fc-kit/network-house/text.js';
import { surveyFacts, surveyText } from '@fc-kit/survey-chart/text.js';
import { roadmapFacts, roadmapText } from '@fc-kit/roadmap/text.js';
import { matrixFacts, matrixText } from '@fc-kit/matrix/text.js';
import { carePathFacts, carePathText } from '@fc-kit/care-path/text.js';
import { cardSetFacts, cardSetText } from '@fc-kit/cards/text.js';

export interface TextVersion<C extends Collection> {
  /** The item as text-version content (see core `text-version.ts`). */
  text(item: CollectionItem[C], lang: Language, options?: TextVersionOptions): TextNode[];
  /** Every label, number and note of the item a reader must find in it. */
  facts(item: CollectionItem[C], lang: Language): string[];
}

export const TEXT_VERSIONS: { [C in Collection]: TextVersion<C> } = {
  governance: { text: governanceText, facts: governanceFacts },
  houses: { text: houseText, facts: houseFacts },
  surveys: { text: surveyText, facts: surveyFacts },
  roadmaps: { text: roadmapText, facts: roadmapFacts },
  paths: { text: carePathText, facts: carePathFacts },
  matrices: { text: matrixText, facts: matrixFacts },
  cards: { text: cardSetText, facts: cardSetFacts },
};

export type TextFormat = 'html' | 'text';

/** What `renderTextVersion` says when the figure asked for is not there (the CLI prints it). */
const say = translator<'no-figure' | 'no-figures' | 'ambiguous-figure'>({
  fi: {
    'no-figure': 'Aineistossa ei ole kuviota "{id}" (on: {available})',
    'no-figures': 'Aineistossa ei ole yhtään kuviota',
    'ambiguous-figure': 'Tunnus "{id}" on usealla kuviolla; valitse jokin näistä: {choices}',
  },
  sv: {
    'no-figure': 'Data har ingen figur "{id}" (finns: {available})',
    'no-figures': 'Data har inga figurer',
    'ambiguous-figure': 'Flera figurer har id "{id}"; välj ett av: {choices}',
  },
  en: {
    'no-figure': 'The document has no figure "{id}" (there are: {available})',
    'no-figures': 'The document has no figures',
    'ambiguous-figure': 'Several figures have the id "{id}"; choose one of: {choices}',
  },
} satisfies Strings<'no-figure' | 'no-figures' | 'ambiguous-figure'>);

/** One validated item as HTML or plain text. */
export function itemTextVersion<C extends Collection>(
  collection: C,
  item: CollectionItem[C],
  lang: Language,
  format: TextFormat = 'html',
  options: TextVersionOptions = {},
): string {
  const content = (TEXT_VERSIONS[collection] as TextVersion<C>).text(item, lang, options);
  return format === 'text' ? toPlainText(content) : toHtml(content);
}

export type Rendered = { ok: true; collection: Collection; id: string; output: string } | { ok: false; problems: string[] };

/**
 * A figure of a parsed document by its id (`ep-tiekartta`, or `roadmaps:ep-tiekartta` where two
 * collections use one id; without an id, the document's first figure), checked as the elements
 * check it. Problems are sentences with their JSON paths, in `lang`.
 */
export function renderTextVersion(
  input: unknown,
  { item, lang, format = 'html', level }: { item?: string; lang: Language; format?: TextFormat; level?: number },
): Rendered {
  const checked = checkDocument(input);
  const described = (issues: Issue[]) => issues.map((i) => describeIssue(i, lang));
  if (checked.issues.length) return { ok: false, problems: described(checked.issues) };
  const [named, id] = item?.includes(':') ? item.split(/:(.*)/s) : [undefined, item];
  const candidates = COLLECTIONS.filter((c) => !named || c === named).flatMap((c) =>
    checked.items[c].map((entry) => ({ collection: c, entry })),
  );
  const found = id ? candidates.filter((x) => x.entry.id === id) : candidates.slice(0, 1);
  if (!found.length) {
    const available = candidates.map((x) => x.entry.id).filter(Boolean);
    return {
      ok: false,
      problems: [id ? say(lang, 'no-figure', { id, available: available.join(', ') || '—' }) : say(lang, 'no-figures')],
    };
  }
  if (found.length > 1) {
    return {
      ok: false,
      problems: [say(lang, 'ambiguous-figure', { id: id!, choices: found.map((x) => `${x.collection}:${id}`).join(', ') })],
    };
  }
  const { collection, entry } = found[0];
  if (!entry.value) return { ok: false, problems: described(entry.issues) };
  const source: Source | undefined = checked.source;
  return {
    ok: true,
    collection,
    id: entry.id!,
    output: itemTextVersion(collection, entry.value as CollectionItem[typeof collection], lang, format, { level, source }),
  };
}
