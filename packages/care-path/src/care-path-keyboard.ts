/**
 * Where a key takes the focus, pure: Right and Left follow the arrows (to the steps a step leads
 * to, or comes from; more than one is a choice the element offers), Up and Down go to the nearest
 * step in the next lane that has one, Home and End to the first and last step in reading order.
 */
import type { CarePathLayout, StepBox } from './care-path-layout.js';

export type Move = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

export const KEY_MOVES: Readonly<Record<string, Move>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/** The steps a move may go to from `id`: none (stay), one (go), or several (a choice). */
export function moveTargets(layout: CarePathLayout, id: string, move: Move): string[] {
  const from = layout.byId.get(id);
  if (!from) return layout.sequence.length ? [layout.sequence[0].id] : [];
  switch (move) {
    case 'next':
      return layout.next.get(id) ?? [];
    case 'previous':
      return layout.previous.get(id) ?? [];
    case 'first':
      return [layout.sequence[0].id];
    case 'last':
      return [layout.sequence[layout.sequence.length - 1].id];
    case 'up':
    case 'down': {
      const target = nearestInLane(layout, from, move === 'up' ? -1 : 1);
      return target ? [target.id] : [];
    }
  }
}

/** The step in the next lane (in `direction`) that has any, closest in column, then in row. */
function nearestInLane(layout: CarePathLayout, from: StepBox, direction: -1 | 1): StepBox | undefined {
  // Within a lane that stacks steps, Up and Down first move through the stack.
  const sameLane = layout.steps.filter((s) => s.lane === from.lane && s.column === from.column && s.slot === from.slot + direction);
  if (sameLane.length) return sameLane[0];
  for (let lane = from.lane + direction; lane >= 0 && lane < layout.lanes.length; lane += direction) {
    let best: StepBox | undefined;
    let score = Infinity;
    for (const s of layout.steps) {
      if (s.lane !== lane) continue;
      // The row nearest the lane we come from wins a tie in column distance.
      const slotScore = direction === 1 ? s.slot : -s.slot;
      const value = Math.abs(s.column - from.column) * 1000 + slotScore;
      if (value < score) [best, score] = [s, value];
    }
    if (best) return best;
  }
  return undefined;
}
