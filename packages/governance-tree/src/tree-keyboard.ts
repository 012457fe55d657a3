/**
 * The keyboard half of the WAI-ARIA tree-view pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/), independent of how a tree is drawn:
 * the host lists its visible rows and carries out focus, expand/collapse and activation.
 * Nothing here is specific to governance trees, so another tree-shaped element can reuse it.
 */

export interface TreeRow {
  id: string;
  /** The parent row's id; undefined for a top-level row. */
  parent?: string;
  expandable: boolean;
  expanded: boolean;
  /** What type-ahead matches the typed characters against. */
  text: string;
}

export interface TreeKeyboardHost {
  /** The visible rows in reading order. */
  treeRows(): readonly TreeRow[];
  focusRow(id: string): void;
  setExpanded(ids: readonly string[], expanded: boolean): void;
  /** Enter and Space: the row's default action. */
  activateRow(id: string): void;
}

/** Characters typed within this many milliseconds of each other search together. */
export const TYPE_AHEAD_MS = 700;

export class TreeKeyboard {
  private typed = '';
  private typedAt = -Infinity;

  constructor(
    private readonly host: TreeKeyboardHost,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Handles a key pressed on row `id`. Returns true when the key was the tree's (the caller then prevents the default). */
  keydown(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, id: string): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const rows = this.host.treeRows();
    const at = rows.findIndex((r) => r.id === id);
    if (at < 0) return false;
    const row = rows[at];
    const typing = this.now() - this.typedAt < TYPE_AHEAD_MS && this.typed !== '';
    switch (event.key) {
      case 'ArrowDown':
        if (at + 1 < rows.length) this.host.focusRow(rows[at + 1].id);
        return true;
      case 'ArrowUp':
        if (at > 0) this.host.focusRow(rows[at - 1].id);
        return true;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) this.host.setExpanded([row.id], true);
        else if (row.expanded && rows[at + 1]?.parent === row.id) this.host.focusRow(rows[at + 1].id);
        return true;
      case 'ArrowLeft':
        if (row.expandable && row.expanded) this.host.setExpanded([row.id], false);
        else if (row.parent !== undefined) this.host.focusRow(row.parent);
        return true;
      case 'Home':
        this.host.focusRow(rows[0].id);
        return true;
      case 'End':
        this.host.focusRow(rows[rows.length - 1].id);
        return true;
      case 'Enter':
        this.host.activateRow(row.id);
        return true;
      case ' ':
        if (typing) return this.typeAhead(' ', rows, at);
        this.host.activateRow(row.id);
        return true;
      case '*': {
        const siblings = rows.filter((r) => r.parent === row.parent && r.expandable && !r.expanded).map((r) => r.id);
        if (siblings.length) this.host.setExpanded(siblings, true);
        return true;
      }
      default:
        if ([...event.key].length === 1) return this.typeAhead(event.key, rows, at);
        return false;
    }
  }

  private typeAhead(char: string, rows: readonly TreeRow[], at: number): boolean {
    const now = this.now();
    this.typed = now - this.typedAt < TYPE_AHEAD_MS ? this.typed + char.toLocaleLowerCase() : char.toLocaleLowerCase();
    this.typedAt = now;
    // One character (or the same one again and again) cycles from the next row on; a longer
    // string may still match the current row.
    const repeated = [...this.typed].every((c) => c === this.typed[0]);
    const wanted = repeated ? this.typed[0] : this.typed;
    const start = repeated ? at + 1 : at;
    for (let i = 0; i < rows.length; i++) {
      const candidate = rows[(start + i) % rows.length];
      if (candidate.text.trim().toLocaleLowerCase().startsWith(wanted)) {
        if (candidate.id !== rows[at].id) this.host.focusRow(candidate.id);
        return true;
      }
    }
    return true;
  }
}
