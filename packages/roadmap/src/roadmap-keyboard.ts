import { listStep } from '@fc-kit/core';

/**
 * Where a key moves focus among the roadmap's items, pure. The roadmap is one tab stop (roving
 * tabindex): a keyboard user passes a 500-item roadmap with one Tab instead of 500, and moves
 * inside it with the arrows.
 *
 * - `grid` (the wide chart): groups are lanes, each in time order. Right/Left: next/previous item
 *   in the lane. Down/Up: the next/previous lane that has items, to its item nearest in time
 *   (nearest start; on a tie the earlier). Home/End: first/last in the lane. Ctrl+Home/End: the
 *   first/last item of the roadmap.
 * - `list` (the narrow list, by theme or by year): the items one after another in reading order;
 *   Down and Right go forward, Up and Left back, Home/End to the first/last.
 *
 * Returns the id to focus, or undefined when the key is not the roadmap's. At either end focus
 * stays where it is (the key is still the roadmap's, so the page does not scroll).
 */
export interface NavItem {
  id: string;
  start: number;
  end: number;
}

export type NavMode = 'grid' | 'list';

export interface NavKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export function moveFocus(groups: readonly (readonly NavItem[])[], id: string, event: NavKey, mode: NavMode): string | undefined {
  if (event.altKey || event.shiftKey) return undefined;
  let g = -1;
  let i = -1;
  for (let k = 0; k < groups.length && g < 0; k++) {
    const at = groups[k].findIndex((n) => n.id === id);
    if (at >= 0) [g, i] = [k, at];
  }
  if (g < 0) return undefined;
  const modifier = event.ctrlKey || event.metaKey;
  if (mode === 'list') return moveInList(groups.flat(), groups.slice(0, g).reduce((n, l) => n + l.length, 0) + i, event.key);
  const lane = groups[g];
  const current = lane[i];
  switch (event.key) {
    case 'ArrowRight':
      return lane[Math.min(i + 1, lane.length - 1)].id;
    case 'ArrowLeft':
      return lane[Math.max(i - 1, 0)].id;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      for (let k = g + step; k >= 0 && k < groups.length; k += step) {
        if (groups[k].length) return nearest(groups[k], current).id;
      }
      return current.id;
    }
    case 'Home':
      return modifier ? groups.find((l) => l.length)![0].id : lane[0].id;
    case 'End': {
      if (!modifier) return lane[lane.length - 1].id;
      const last = [...groups].reverse().find((l) => l.length)!;
      return last[last.length - 1].id;
    }
    default:
      return undefined;
  }
}

function moveInList(all: readonly NavItem[], at: number, key: string): string | undefined {
  const next = listStep(key, at, all.length);
  return next === undefined ? undefined : all[next].id;
}

/** The item of `lane` whose start is nearest `to`'s start; on a tie the earlier one. */
function nearest(lane: readonly NavItem[], to: NavItem): NavItem {
  let best = lane[0];
  for (const n of lane) if (Math.abs(n.start - to.start) < Math.abs(best.start - to.start)) best = n;
  return best;
}
