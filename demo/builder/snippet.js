// @ts-check
// The code an editor pastes into a CMS: one script tag, one element, and the data either as a
// `src` link or as a JSON data block inside the element, with readable fallback text for readers
// without JavaScript. Pure functions with no imports, so the exact text is tested on its own, in
// Node too. The element's tag comes in (state.js takes it from the kit's table of elements).

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML attribute value or element content: data is text, never markup.
 * @param {unknown} text
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * JSON for a `<script type="application/json">` block. The HTML parser ends a script at the first
 * `</script` and treats `<!--` specially, whatever the JSON means; `\u003c` is the same string to
 * JSON.parse and can end nothing.
 * @param {unknown} value
 */
export function jsonForScript(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/**
 * The document cut down to the one item the element shows, keeping what describes the document
 * (id, title, source): a smaller page, and `item="…"` still names the item.
 * @param {Record<string, any>} document
 * @param {string} collection
 * @param {number} index
 */
export function itemDocument(document, collection, index) {
  /** @type {Record<string, unknown>} */
  const out = { fcVersion: 1, id: document.id };
  if (document.title !== undefined) out.title = document.title;
  if (document.source !== undefined) out.source = document.source;
  out[collection] = [document[collection][index]];
  return out;
}

/**
 * What a reader without JavaScript sees instead of the figure, in the figure's language: its title
 * and the gist of its content as plain text.
 * @param {string} collection
 * @param {any} item
 * @param {(text: unknown) => string} text picks a data text in the figure's language
 */
export function fallbackText(collection, item, text) {
  /** @param {string[]} values */
  const list = (values) => values.filter(Boolean).join('; ');
  // "Question? Yes 8; No 13", "Title: A; B": no colon after a question mark.
  /** @param {string} title */
  const lead = (title) => (/[?!.:]$/.test(title) ? `${title} ` : title ? `${title}: ` : '');
  switch (collection) {
    case 'surveys': {
      const answers = Array.isArray(item?.answers)
        ? item.answers.map((/** @type {any} */ a) => `${text(a?.label)} ${a?.count ?? ''}`.trim())
        : [];
      return `${lead(text(item?.question))}${list(answers)} (N = ${item?.n ?? '?'})`;
    }
    case 'roadmaps':
      return `${lead(text(item?.title))}${list((item?.themes ?? []).map((/** @type {any} */ th) => text(th?.label)))}`;
    case 'governance':
      return `${lead(text(item?.title))}${list((item?.levels ?? []).map((/** @type {any} */ l) => text(l?.label)))}`;
    case 'houses':
      return `${lead(text(item?.title))}${list((item?.floors ?? []).map((/** @type {any} */ f) => text(f?.label)))}`;
    default:
      return text(item?.title);
  }
}

/**
 * @typedef {{
 *   scriptUrl: string, tag: string, itemId: string, lang: string,
 *   delivery: 'src' | 'inline', dataUrl?: string, inlineDocument?: unknown,
 *   fallback: string, source?: { label: string, title: string, url: string },
 *   themeCss?: string,
 * }} SnippetOptions
 */

/**
 * The snippet.
 * @param {SnippetOptions} o
 */
export function buildSnippet(o) {
  const lines = [];
  if (o.themeCss && o.themeCss.trim()) lines.push('<style>', o.themeCss.trim(), '</style>');
  lines.push(`<script type="module" src="${escapeHtml(o.scriptUrl)}"></script>`);
  const src = o.delivery === 'src' ? ` src="${escapeHtml(o.dataUrl ?? '')}"` : '';
  lines.push(`<${o.tag}${src} item="${escapeHtml(o.itemId)}" lang="${escapeHtml(o.lang)}">`);
  if (o.delivery === 'inline') {
    lines.push('  <script type="application/json">');
    for (const line of jsonForScript(o.inlineDocument).split('\n')) lines.push(`    ${line}`);
    lines.push('  </script>');
  }
  const link = o.source ? ` <a href="${escapeHtml(o.source.url)}">${escapeHtml(o.source.label)}: ${escapeHtml(o.source.title)}</a>` : '';
  lines.push(`  <p>${escapeHtml(o.fallback)}${link}</p>`);
  lines.push(`</${o.tag}>`);
  return lines.join('\n') + '\n';
}
