// @ts-check
// The editors, one per collection: the builder finds a figure's editor here by its collection.
// A new element's editor (care path, matrix, cards) is one file beside these exporting a
// `FigureEditor`, and one line in EDITORS; a collection without one is still embeddable, edited
// as JSON (the builder says so).
import governance from './governance.js';
import houses from './house.js';
import roadmaps from './roadmap.js';
import surveys from './survey.js';

/**
 * @typedef {object} FigureEditor
 * @property {string} collection the document key of the items it edits
 * @property {(id: string) => Record<string, unknown>} blank a new item, for "start a new figure"
 * @property {(ctx: import('./widgets.js').EditorContext) => Node[]} render the form for the item at `ctx.base`
 */

/** @type {Record<string, FigureEditor>} */
export const EDITORS = Object.fromEntries([governance, houses, surveys, roadmaps].map((e) => [e.collection, e]));

/** @param {string} collection */
export const editorFor = (collection) => (Object.hasOwn(EDITORS, collection) ? EDITORS[collection] : undefined);

/**
 * A new document with one blank item of `collection`, named so that a file of it is findable.
 * @param {string} collection
 */
export function newFigure(collection) {
  const editor = editorFor(collection);
  if (!editor) return undefined;
  const id = `uusi-${collection}`;
  return { fcVersion: 1, id, title: { fi: '' }, [collection]: [editor.blank(`${id}-1`)] };
}
