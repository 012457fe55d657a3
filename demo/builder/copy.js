// @ts-check
// Copying the snippet: the clipboard when the page may use it, else the code selected so that
// the reader's own copy command takes it (an insecure page, a denied permission).

/**
 * @param {HTMLTextAreaElement} area the snippet
 * @returns {Promise<'copied' | 'copy-manual'>} what happened, as the builder's string key
 */
export async function copySnippet(area) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    return 'copied';
  } catch {
    area.focus();
    area.select();
    return 'copy-manual';
  }
}

/**
 * Copying the figure's text version both as HTML and as plain text: a CMS's rich-text editor
 * takes the headings, lists and tables, a plain field or a transcript the text.
 * @param {string} html
 * @param {string} text
 * @returns {Promise<'copied-text' | 'copy-text-failed'>}
 */
export async function copyTextVersion(html, text) {
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
    } else await navigator.clipboard.writeText(text);
    return 'copied-text';
  } catch {
    return 'copy-text-failed';
  }
}
