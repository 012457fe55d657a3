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
