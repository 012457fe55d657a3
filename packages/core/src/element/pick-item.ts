import type { Issue } from '../document/issues.js';
import type { Collection } from '../document/schema.js';
import type { CollectionItem } from '../document/types.js';
import type { CheckedDocument, CheckedItem } from '../document/validate.js';

export type Picked<C extends Collection> = { ok: true; value: CollectionItem[C]; dropped: Issue[] } | { ok: false; issues: Issue[] };

/** `item="ID"` picks that item of the element's collection; without it, the first. */
export function pickItem<C extends Collection>(checked: CheckedDocument, collection: C, id?: string | null): Picked<C> {
  if (checked.issues.length) return { ok: false, issues: checked.issues };
  const items = checked.items[collection] as CheckedItem<C>[];
  if (!items.length) return { ok: false, issues: [{ path: [], code: 'no-items', params: { collection } }] };
  const entry = id ? items.find((i) => i.id === id) : items[0];
  if (!entry) {
    const available =
      items
        .map((i) => i.id)
        .filter(Boolean)
        .join(', ') || '—';
    return { ok: false, issues: [{ path: [], code: 'item-not-found', params: { collection, id: id!, available } }] };
  }
  return entry.value ? { ok: true, value: entry.value, dropped: entry.dropped } : { ok: false, issues: entry.issues };
}
