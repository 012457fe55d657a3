// The code an editor pastes into a CMS: one script tag, one element, and the data either as a
// `src` link or as a JSON data block inside the element, with readable fallback text for readers
// without JavaScript. Pure functions, so the exact text is tested on its own.

/** The element that shows each collection of a document. */
export const ELEMENT_FOR = {
  governance: 'fc-governance-tree',
  houses: 'fc-network-house',
  surveys: 'fc-survey-chart',
  roadmaps: 'fc-roadmap',
};

/** Text for an HTML attribute value or element content: data is text, never markup. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * JSON for a `<script type="application/json">` block. The HTML parser ends a script at the first
 * `</script` and treats `<!--` specially, whatever the JSON means; `\u003c` is the same string to
 * JSON.parse and can end nothing.
 */
export function jsonForScript(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/**
 * The document cut down to the one item the element shows, keeping what describes the document
 * (id, title, source): a smaller page, and `item="…"` still names the item.
 */
export function itemDocument(document, collection, index) {
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
  const list = (values) => values.filter(Boolean).join('; ');
  // "Question? Yes 8; No 13", "Title: A; B": no colon after a question mark.
  const lead = (title) => (/[?!.:]$/.test(title) ? `${title} ` : title ? `${title}: ` : '');
  switch (collection) {
    case 'surveys': {
      const answers = Array.isArray(item?.answers) ? item.answers.map((a) => `${text(a?.label)} ${a?.count ?? ''}`.trim()) : [];
      return `${lead(text(item?.question))}${list(answers)} (N = ${item?.n ?? '?'})`;
    }
    case 'roadmaps':
      return `${lead(text(item?.title))}${list((item?.themes ?? []).map((th) => text(th?.label)))}`;
    case 'governance':
      return `${lead(text(item?.title))}${list((item?.levels ?? []).map((l) => text(l?.label)))}`;
    case 'houses':
      return `${lead(text(item?.title))}${list((item?.floors ?? []).map((f) => text(f?.label)))}`;
    default:
      return text(item?.title);
  }
}

/**
 * The snippet.
 * @param {{
 *   scriptUrl: string, tag: string, itemId: string, lang: string,
 *   delivery: 'src' | 'inline', dataUrl?: string, inlineDocument?: unknown,
 *   fallback: string, source?: { label: string, title: string, url: string },
 *   themeCss?: string,
 * }} o
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
