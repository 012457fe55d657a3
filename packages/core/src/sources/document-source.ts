import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Collection } from '../document/schema.js';
import { checkDocument, type CheckedDocument } from '../document/validate.js';
import { documentContext, ensureContextRoot } from './document-context.js';
import type { DocumentState } from './document-state.js';
import { isLoadError, type LoadError } from './load-error.js';
import { DEFAULT_TIMEOUT_MS, loadJson } from './load-json.js';
import { parseJson } from './parse-json.js';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout?: number;
}

interface Options {
  /** The collection an element reads, so it may be given one item instead of a document. */
  collectionOf?: () => Collection;
  /** Whether an ancestor `<fc-data>` may supply the document (not for `<fc-data>` itself). */
  fromContext: boolean;
}

/**
 * Finds an element's document, first match wins: the `data` property, a child
 * `<script type="application/json">`, the `src` URL, the nearest `<fc-data>`. Validation runs
 * once per distinct input, not on every render.
 */
export class DocumentSource implements ReactiveController {
  private inline?: string;
  private observer?: MutationObserver;
  private attempt = 0;
  private context?: ContextConsumer<typeof documentContext, SourceHost>;
  private memo?: { input: unknown; checked: CheckedDocument };
  private parsedInline?: { text: string; parsed: ReturnType<typeof parseJson> };

  private readonly task: Task<[string | undefined, number, number], unknown>;

  constructor(
    private readonly host: SourceHost,
    private readonly options: Options,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, , timeout], { signal }) => (src ? loadJson(src, signal, timeout) : Promise.resolve(undefined)),
      args: () => [this.activeSrc(), this.attempt, this.host.timeout ?? DEFAULT_TIMEOUT_MS],
    });
    if (options.fromContext) {
      ensureContextRoot();
      this.context = new ContextConsumer(host, { context: documentContext, subscribe: true });
    }
  }

  hostConnected(): void {
    this.readInline();
    this.observer ??= new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Loads `src` again: what the retry button does. */
  readonly retry = (): void => {
    this.attempt++;
    this.host.requestUpdate();
  };

  get state(): DocumentState {
    const { data } = this.host;
    if (data !== undefined && data !== null) return this.ready(data);
    if (this.inline !== undefined) {
      if (this.parsedInline?.text !== this.inline) this.parsedInline = { text: this.inline, parsed: parseJson(this.inline) };
      const { parsed } = this.parsedInline;
      return parsed.ok ? this.ready(parsed.value) : { status: 'error', error: parsed.error };
    }
    if (this.host.src) {
      switch (this.task.status) {
        case TaskStatus.COMPLETE:
          return this.ready(this.task.value);
        case TaskStatus.ERROR: {
          const error: LoadError = isLoadError(this.task.error) ? this.task.error : { code: 'network', params: { url: this.host.src } };
          return { status: 'error', error, retry: this.retry };
        }
        default:
          return { status: 'loading' };
      }
    }
    const shared = this.context?.value;
    if (shared) return shared;
    // An `<fc-data>` that has not upgraded yet will answer once it does.
    if (this.options.fromContext && this.host.closest('fc-data')) return { status: 'loading' };
    return { status: 'error', error: { code: 'no-source' } };
  }

  private activeSrc(): string | undefined {
    const { data, src } = this.host;
    return data === undefined || data === null ? (this.inline === undefined ? src || undefined : undefined) : undefined;
  }

  private ready(input: unknown): DocumentState {
    if (!this.memo || this.memo.input !== input) this.memo = { input, checked: checkDocument(input, this.options.collectionOf?.()) };
    return { status: 'ready', checked: this.memo.checked };
  }

  /** Returns whether the inline JSON changed. */
  private readInline(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.inline) return false;
    this.inline = text;
    return true;
  }
}
