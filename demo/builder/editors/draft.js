// @ts-check
// The work in progress kept in this browser's local storage, so that a reload loses nothing; it is
// never sent anywhere. One draft: the document and which figure of it was being edited.

const KEY = 'fc-kit-builder-draft';

/** @typedef {{ doc: unknown, collection: string, itemIndex: number, savedAt: string }} Draft */

/** @param {Storage | undefined} storage @param {Omit<Draft, 'savedAt'>} draft */
export function saveDraft(storage, draft) {
  try {
    storage?.setItem(KEY, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or switched off: the work is still on the page.
  }
}

/** @param {Storage | undefined} storage @returns {Draft | undefined} */
export function loadDraft(storage) {
  try {
    const text = storage?.getItem(KEY);
    const draft = text ? JSON.parse(text) : undefined;
    return draft && typeof draft === 'object' && 'doc' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** @param {Storage | undefined} storage */
export function discardDraft(storage) {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to remove.
  }
}

/** The browser's local storage, where the page may use it. */
export function localStore() {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
