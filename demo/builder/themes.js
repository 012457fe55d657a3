// @ts-check
// The county themes are the demo's own theme files (demo/themes/<id>.css): switched on and off as
// stylesheets for the preview, which the builder's CSP allows, and read as text for the snippet.

/** @param {string} id */
const themeUrl = (id) => `/demo/themes/${id}.css`;

/**
 * Shows the preview in theme `id` ('' for the kit's own look).
 * @param {Document} document
 * @param {string} id
 */
export function applyTheme(document, id) {
  for (const link of document.querySelectorAll('link[data-theme]'))
    /** @type {HTMLLinkElement} */ (link).disabled = link.getAttribute('data-theme') !== id;
  if (!id || document.querySelector(`link[data-theme="${CSS.escape(id)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = themeUrl(id);
  link.dataset.theme = id;
  document.head.append(link);
}

/**
 * The theme's CSS text, once per theme; a theme that cannot be read adds nothing to the snippet.
 * @param {Record<string, string>} cache theme id → CSS text
 * @param {string} id
 */
export async function loadThemeCss(cache, id) {
  if (!id || id in cache) return;
  const response = await fetch(themeUrl(id));
  cache[id] = response.ok ? await response.text() : '';
}
