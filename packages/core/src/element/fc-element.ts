import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatPath } from '../document/paths.js';
import type { Issue } from '../document/issues.js';
import type { Collection } from '../document/schema.js';
import type { CollectionItem, Source, Text } from '../document/types.js';
import { DocumentSource } from '../sources/document-source.js';
import type { LoadError } from '../sources/load-error.js';
import { issueText } from '../text/issue-messages.js';
import { kitString } from '../text/kit-strings.js';
import { languageOf, toLanguage, type Language } from '../text/language.js';
import { pickText } from '../text/pick-text.js';
import { VERSION } from '../version.js';
import { droppedView, errorView, type Problem } from './error-view.js';
import { emit } from './events.js';
import { headingLevel } from './heading.js';
import { localizedText } from './localized-text.js';
import { LanguageController } from './language-controller.js';
import { pickItem } from './pick-item.js';
import { sharedStyles } from '../theme/shared-styles.js';

/** What an element's template gets besides its item. */
export interface RenderContext {
  lang: Language;
  /** A data text in the reader's language, as a plain string: for attributes and computed names. */
  text: (value: Text | undefined) => string;
  /**
   * A data text in the reader's language, for visible content: carries its own `lang` when it came
   * from another language. Every visible data text goes through this. `''` when empty; `show`
   * renders the string (the `lang` still wraps it).
   */
  localized: (value: Text | undefined, show?: (text: string) => unknown) => unknown;
  /** The source to credit: the item's own, else the document's. */
  source?: Source;
  /** The level of the element's title heading (`heading-level`, else the element's default); parts under it go deeper. */
  level: number;
}

type Outcome =
  { kind: 'loading' } | { kind: 'error'; problems: Problem[]; retry?: () => void } | { kind: 'ready'; id: string; problems: Problem[] };

/**
 * The base of every visual element. It runs the shared flow (source → validate → pick item →
 * language) and leaves an element only its collection, its template and its own events.
 * Nothing an element does can throw out of it: a failure becomes an in-place error.
 *
 * @attr src - URL of a JSON document (https, http or relative).
 * @attr item - id of the item to show from the element's collection; the first when absent.
 * @attr lang - fi, sv or en; otherwise inherited from the nearest ancestor with `lang`.
 * @attr timeout - milliseconds to wait for `src` before giving up (default 15000).
 * @attr heading-level - the level of the element's title heading, 1–6 (default 3 unless the element
 *   says otherwise; other values: the default). Headings inside the element go one level deeper each.
 * @prop data - a whole document or one item, as an object; wins over every other source.
 * @fires fc-load - the item was rendered. detail: `{ collection, id }`
 * @fires fc-error - something could not be shown. detail: `{ message, path?, messages }`
 * @csspart error - the in-place error box.
 * @csspart retry-button - the button that loads `src` again.
 * @csspart loading - the placeholder shown while loading.
 * @csspart warnings - the list of entries that were left out.
 */
export abstract class FcElement<C extends Collection> extends LitElement {
  static fcVersion = VERSION;
  static override styles = sharedStyles;
  static override properties = {
    data: { attribute: false },
    src: { reflect: true },
    item: { reflect: true },
    lang: { reflect: true },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare data: unknown;
  declare src: string | undefined;
  declare item: string | undefined;
  declare timeout: number | undefined;
  declare headingLevel: number | undefined;

  /** The title's level without `heading-level`: where the element usually sits in a page's outline. */
  protected readonly defaultHeadingLevel: number = 3;

  /** The document collection this element shows. */
  protected abstract readonly collection: C;

  protected readonly source: DocumentSource;

  private outcome: Outcome = { kind: 'loading' };
  private reported = '';

  constructor() {
    super();
    new LanguageController(this);
    // The source needs the subclass's collection, which exists only after construction.
    this.source = new DocumentSource(this, { fromContext: true, collectionOf: () => this.collection });
  }

  /** The item's template. Called only with a valid item. */
  protected abstract renderItem(item: CollectionItem[C], context: RenderContext): TemplateResult;

  /** The language this element renders in now. */
  get language(): Language {
    // The property first: Lit reflects it to the attribute only after render.
    return this.lang ? toLanguage(this.lang) : languageOf(this);
  }

  /** Tells the page a person opened part of the item. */
  protected select(kind: string, id: string, item: unknown): void {
    emit(this, 'fc-select', { kind, id, item });
  }

  protected override render() {
    const lang = this.language;
    let body: TemplateResult | typeof nothing;
    try {
      body = this.renderState(lang);
    } catch (e) {
      console.error(e);
      this.outcome = { kind: 'error', problems: [{ message: kitString(lang, 'render', { detail: (e as Error)?.message ?? String(e) }) }] };
      body = errorView(lang, this.outcome.problems);
    }
    const status =
      this.outcome.kind === 'loading' ? kitString(lang, 'loading') : this.outcome.kind === 'error' ? kitString(lang, 'error-title') : '';
    return html`<div class="fc-status fc-visually-hidden" role="status">${status}</div>${body}`;
  }

  private renderState(lang: Language) {
    const state = this.source.state;
    if (state.status === 'loading') {
      this.outcome = { kind: 'loading' };
      return html`<div class="fc-loading" part="loading" aria-hidden="true">${kitString(lang, 'loading')}</div>`;
    }
    if (state.status === 'error') {
      this.outcome = { kind: 'error', problems: [loadProblem(state.error, lang)], retry: state.retry };
      return errorView(lang, this.outcome.problems, state.retry);
    }
    const picked = pickItem(state.checked, this.collection, this.item);
    if (!picked.ok) {
      this.outcome = { kind: 'error', problems: picked.issues.map((i) => toProblem(i, lang)) };
      return errorView(lang, this.outcome.problems);
    }
    const dropped = picked.dropped.map((i) => toProblem(i, lang));
    const source = (picked.value as { source?: Source }).source ?? state.checked.source;
    const content = this.renderItem(picked.value, {
      lang,
      text: (t) => pickText(t, lang),
      localized: (t, show) => localizedText(t, lang, show),
      source,
      level: headingLevel(this.headingLevel, this.defaultHeadingLevel),
    });
    this.outcome = { kind: 'ready', id: (picked.value as { id: string }).id, problems: dropped };
    return html`${content}${droppedView(lang, dropped)}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const outcome = this.outcome;
    const signature = JSON.stringify(outcome, (k, v) => (k === 'retry' ? undefined : v));
    if (signature === this.reported) return;
    this.reported = signature;
    if (outcome.kind === 'loading') return;
    if (outcome.problems.length) {
      const messages = outcome.problems.map((p) => ({ message: p.message, path: p.path }));
      const lines = outcome.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
      console[outcome.kind === 'error' ? 'error' : 'warn'](`fc-kit <${this.localName}>:\n  ${lines.join('\n  ')}`);
      emit(this, 'fc-error', { message: messages[0].message, path: messages[0].path, messages });
    }
    if (outcome.kind === 'ready') emit(this, 'fc-load', { collection: this.collection, id: outcome.id });
  }
}

function toProblem(issue: Issue, lang: Language): Problem {
  const path = formatPath(issue.path);
  return path ? { path, message: issueText(issue, lang) } : { message: issueText(issue, lang) };
}

function loadProblem(error: LoadError, lang: Language): Problem {
  return { message: kitString(lang, error.code, error.params) };
}
