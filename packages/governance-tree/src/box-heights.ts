import type { GovernanceLayout } from './governance-tree-layout.js';

/**
 * The real heights of drawn boxes, in em. The layout first estimates a box's height from its text;
 * fonts, languages and zoom differ, so once a box is drawn its height is read here and the tree is
 * laid out again where an estimate was off. Each box is read once per tree, language and font.
 */
export class BoxHeights {
  /** Measured heights by node id: what the layout takes as `heights`. */
  readonly byId = new Map<string, number>();
  /** Changes whenever `byId` does, so a layout can be cached on it. */
  version = 0;
  private readonly read = new Set<string>();

  /** Forgets everything: another tree or language. */
  reset(): void {
    this.byId.clear();
    this.read.clear();
    this.version++;
  }

  /** Reads every box again (fonts have loaded), keeping the heights until then. */
  forget(): void {
    this.read.clear();
  }

  /** Whether some visible box has not been read yet. */
  pending(layout: GovernanceLayout): boolean {
    return layout.nodes.some((n) => !this.read.has(n.id));
  }

  /**
   * Reads the given treeitems' boxes (`li > .gt-node > .gt-node__body`). Differences below
   * `tolerance` em are ignored. Returns whether a height changed.
   */
  measure(items: Iterable<HTMLElement>, layout: GovernanceLayout, em: number, tolerance: number): boolean {
    let changed = false;
    for (const li of items) {
      const id = li.dataset.id;
      const node = id === undefined ? undefined : layout.byId.get(id);
      const box = li.firstElementChild as HTMLElement | null;
      const body = box?.firstElementChild as HTMLElement | null;
      if (!node || !box || !body || this.read.has(node.id)) continue;
      this.read.add(node.id);
      const borders = box.offsetHeight - box.clientHeight;
      const height = Math.ceil(((body.getBoundingClientRect().height + borders) / em) * 100) / 100;
      if (height > 0 && Math.abs(height - node.ownHeight) > tolerance) {
        this.byId.set(node.id, height);
        changed = true;
      }
    }
    if (changed) this.version++;
    return changed;
  }
}
