import { html, type TemplateResult } from 'lit';
import type { GovernanceNode } from '@fc-kit/core';

export type NodeKind = NonNullable<GovernanceNode['kind']>;

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/**
 * A node kind's pictogram, one path each (a 1,000-node tree draws a thousand of them). Always
 * shown beside the kind's name, so no one depends on the picture.
 */
const PATHS: Record<NodeKind, string> = {
  // three people
  group: `${circle(5, 7, 2.2)}${circle(12, 6, 2.6)}${circle(19, 7, 2.2)}M1.5 16c0-3 2-4.5 3.5-4.5s3.5 1.5 3.5 4.5M8 17c0-4 2-6 4-6s4 2 4 6M15.5 16c0-3 2-4.5 3.5-4.5s3.5 1.5 3.5 4.5`,
  // one person
  role: `${circle(12, 6.5, 3.5)}M5 20.5c0-5 3.2-8 7-8s7 3 7 8`,
  // connected nodes
  network: `${circle(12, 4.5, 2.5)}${circle(4.5, 18, 2.5)}${circle(19.5, 18, 2.5)}M10.8 6.7 5.7 15.8M13.2 6.7l5.1 9.1M7 18h10`,
  // a map pin
  place: `M12 21s-6.5-6.3-6.5-11A6.5 6.5 0 0 1 18.5 10c0 4.7-6.5 11-6.5 11z${circle(12, 10, 2.3)}`,
};

const ICONS = Object.fromEntries(
  Object.entries(PATHS).map(([kind, d]) => [
    kind,
    html`<svg class="gt-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`,
  ]),
) as Record<NodeKind, TemplateResult>;

export function kindIcon(kind: NodeKind | undefined): TemplateResult | '' {
  return kind ? ICONS[kind] : '';
}
