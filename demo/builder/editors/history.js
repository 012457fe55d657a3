// @ts-check
// Undo and redo of the editors' changes: whole documents (they share their unchanged parts), one
// step per field edit (typing in one field is one step until another field is edited) and one
// per table or outline change.

export function history(limit = 200) {
  /** @type {{ doc: unknown, key: string }[]} */
  let past = [];
  /** @type {unknown[]} */
  let future = [];
  let lastKey = '';
  return {
    /**
     * Before a change: the document as it was. A field edit with the same `key` as the last
     * one continues that step.
     * @param {unknown} doc
     * @param {string} key '' for a change that is always a step of its own
     */
    record(doc, key) {
      future = [];
      if (key && key === lastKey) return;
      past.push({ doc, key });
      if (past.length > limit) past = past.slice(-limit);
      lastKey = key;
    },
    /** Ends the current field's step (the field lost focus). */
    seal() {
      lastKey = '';
    },
    /** @param {unknown} current @returns {unknown} the document to go back to, if any */
    undo(current) {
      const step = past.pop();
      if (!step) return undefined;
      future.push(current);
      lastKey = '';
      return step.doc;
    },
    /** @param {unknown} current */
    redo(current) {
      const doc = future.pop();
      if (doc === undefined) return undefined;
      past.push({ doc: current, key: '' });
      lastKey = '';
      return doc;
    },
    clear() {
      past = [];
      future = [];
      lastKey = '';
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
  };
}
