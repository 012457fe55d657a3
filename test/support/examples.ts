/**
 * The shape of an element's examples (`packages/<el>/examples.ts`) and the one function that
 * turns an example into what is put on the page. The stories, the element's own test and the
 * quality suites all read the same list through it, so what Storybook shows is what the tests
 * check (the habit of GOV.UK Frontend's component examples and Observable Plot's test plots).
 */
import manifestJson from '../corpus/manifest.json';
import { currentExpectation, expectedLines, type CorpusEntry } from '../corpus/match-lines.mjs';

export type Lang = 'fi' | 'sv' | 'en';

export interface Example {
  /** The story's export name (PascalCase) and the test's name. */
  name: string;
  /** What the example shows, for the story's docs. */
  doc?: string;
  /** The document (a function, so generated data is made only when it is shown; elements do not change what they are given). */
  data?: () => unknown;
  /** A file in test/corpus, loaded as `src`; its expected lines come from the corpus manifest. */
  corpus?: string;
  /** An address the element loads itself (a load error). */
  src?: string;
  /** Attributes on the element: item, heading-level, fit, chart, today, group-by, … */
  attributes?: Record<string, string>;
  lang?: Lang;
  /** The width of the element's container in CSS pixels; without it the page's width. */
  width?: number;
  /** Shown inside the element's county theme (its stories file holds the theme's CSS). */
  themed?: boolean;
  /** After rendering, click this part in the shadow root (a story that opens a panel). */
  open?: string;
  /** Only for tests: not a story. */
  hidden?: boolean;
  /** An error example: the lines its in-place error box lists (`[]`: a box, lines not pinned down). */
  expect?: string[];
  /** The heading text a reader sees when it is not the item's title or question in `lang`. */
  title?: string;
}

const manifest = manifestJson as Record<string, CorpusEntry>;

/** Where the corpus is served: by the test server from the repository, by Storybook as a static folder. */
export const CORPUS_URL = '/test/corpus/';

/** An error example made of a corpus file: its entry's element, item and lines. */
export function corpus(name: string, file: string, doc?: string): Example {
  const entry = manifest[file];
  if (!entry) throw new Error(`test/corpus/manifest.json has no entry for ${file}`);
  const now = currentExpectation(entry);
  if (now.shown !== 'error') throw new Error(`${file} is not an error case (shown: ${now.shown})`);
  return {
    name,
    doc,
    corpus: file,
    lang: 'en',
    attributes: entry.item ? { item: entry.item } : undefined,
    expect: expectedLines(now.lines ?? [], `${CORPUS_URL}${file}`).map((l: string) => l.replace(/\s+/g, ' ').trim()),
  };
}

/** What the element is given: a document, or an address. */
export function exampleInput(example: Example): { data?: unknown; src?: string } {
  if (example.corpus) return { src: `${CORPUS_URL}${example.corpus}` };
  if (example.src) return { src: example.src };
  return { data: example.data?.() };
}

type Text = string | Partial<Record<Lang, string>>;
const textIn = (t: Text | undefined, lang: Lang) => (typeof t === 'string' ? t : (t?.[lang] ?? t?.fi));

/** The heading a reader sees in a valid example: the chosen item's title (a survey's question). */
export function exampleTitle(example: Example, collection: string): string | undefined {
  if (example.title) return example.title;
  const doc = example.data?.() as Record<string, unknown> | undefined;
  if (!doc) return undefined;
  // A document, or a bare item.
  const list = (doc[collection] as Record<string, Text>[] | undefined) ?? [doc as Record<string, Text>];
  const id = example.attributes?.item;
  const item = id ? list.find((i) => i.id === id) : list[0];
  return textIn(item?.title ?? item?.question, example.lang ?? 'fi');
}

/** The example called `name`; a typo fails loudly rather than showing nothing. */
export function exampleNamed(examples: readonly Example[], name: string): Example {
  const found = examples.find((e) => e.name === name);
  if (!found) throw new Error(`no example "${name}" (there are: ${examples.map((e) => e.name).join(', ')})`);
  return found;
}
