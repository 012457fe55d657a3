import { css } from 'lit';

/** Below this width (em) the path is a list in reading order (the layout's boxes don't fit). */
export const NARROW_BELOW = 40;

// One rule to a line, no comments inside: the build does not minify CSS in templates, and the
// element's code has a size budget. The figure is drawn in em: the layout's unit.
export const carePathStyles = css`
  :host { --_fc-placeholder-height: var(--fc-placeholder-height, 24rem); --_cp-lane-bg: var(--fc-care-path-lane-background, var(--_fc-color-surface)); --_cp-step-bg: var(--fc-care-path-step-background, var(--_fc-color-background)); --_cp-arrow: var(--fc-care-path-arrow-color, var(--_fc-color-text-muted)); --_cp-lit: var(--fc-care-path-highlight-color, var(--_fc-color-accent)); }
  .cp-title { margin: 0 0 0.5rem; font-size: 1.25em; line-height: 1.3; overflow-wrap: anywhere; }
  .cp-legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1.25rem; margin: 0 0 0.5rem; padding: 0; list-style: none; font-size: 0.875em; }
  .cp-key { width: 2em; height: 0.75em; margin-inline-end: 0.4em; overflow: visible; vertical-align: middle; }
  .cp-hint { margin: 0 0 0.75rem; font-size: 0.8125em; color: var(--_fc-color-text-muted); }
  .cp-figure { overflow-x: auto; overscroll-behavior-x: contain; }
  .cp-canvas { position: relative; width: var(--w); height: var(--h); }
  .cp-lane { position: absolute; inset-inline: 0; top: var(--y); height: var(--lh); border-block-start: 1px solid var(--_fc-color-border); }
  .cp-lane:nth-child(odd) { background: var(--_cp-lane-bg); }
  .cp-lane__label { margin: 0; width: 10em; padding: 0.5em 0.5em 0.25em; font-size: 0.9375em; line-height: 1.3; overflow-wrap: anywhere; hyphens: auto; border-inline-start: 0.375rem solid var(--c); }
  .cp-settings { margin: 0; width: 10em; padding: 0 0.5em 0.5em 1.5em; font-size: 0.875em; border-inline-start: 0.375rem solid var(--c); overflow-wrap: anywhere; }
  .cp-stage { position: absolute; top: 0; left: var(--x); width: var(--sw); height: var(--sh); padding: 0.5em; font-weight: 600; text-align: center; line-height: 1.3; border-block-end: 2px solid var(--_fc-color-border); overflow-wrap: anywhere; }
  .cp-arrows { position: absolute; top: 0; left: 0; width: var(--w); height: var(--h); pointer-events: none; overflow: visible; }
  .cp-edge { fill: none; stroke: var(--_cp-arrow); stroke-width: 1.5px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
  .cp-edge--optional { stroke-dasharray: 6 4; }
  .cp-head { fill: var(--_cp-arrow); stroke: none; }
  .cp-edge.cp-lit { stroke: var(--_cp-lit); stroke-width: 3px; }
  .cp-head.cp-lit { fill: var(--_cp-lit); }
  .cp-edge-label { position: absolute; left: var(--x); top: var(--y); width: var(--ew); font-size: 0.875em; line-height: 1.3; text-align: center; color: var(--_fc-color-text-muted); overflow-wrap: anywhere; }
  .cp-steps { margin: 0; padding: 0; list-style: none; }
  .cp-item { position: absolute; left: var(--x); top: var(--y); width: var(--bw); min-height: var(--bh); }
  .cp-step { display: block; width: 100%; min-height: var(--bh); margin: 0; padding: 0.4em 0.5em; font-size: 0.875em; line-height: 1.3; text-align: center; overflow-wrap: anywhere; hyphens: auto; background: var(--_cp-step-bg); border: 1px solid var(--_fc-color-border); border-inline-start: 0.375rem solid var(--c); border-radius: var(--_fc-radius); cursor: pointer; }
  .cp-step.cp-lit { border-color: var(--_cp-lit); border-inline-start-color: var(--c); box-shadow: inset 0 0 0 1px var(--_cp-lit); }
  .cp-step[aria-expanded='true'] { border-color: var(--_cp-lit); box-shadow: inset 0 0 0 3px var(--_cp-lit); font-weight: 600; }
  .cp-choice { position: absolute; z-index: 2; top: 100%; inset-inline-start: 0; min-width: 100%; display: grid; padding: 0.25em; background: var(--_fc-color-background); border: 1px solid var(--_fc-color-border); border-radius: var(--_fc-radius); }
  .cp-choice button { margin: 0; padding: 0.5em; min-height: 2.75rem; text-align: start; background: none; border: 0; border-radius: var(--_fc-radius); cursor: pointer; }
  .cp-choice button:focus { background: var(--_fc-color-surface); }
  .cp-details__sub { margin: 0.75rem 0 0.25rem; font-size: 1em; }
  .cp-details { margin-block-start: 0.75rem; }
  .cp-details dl { display: grid; grid-template-columns: auto 1fr; gap: 0.125rem 0.75rem; margin: 0.5rem 0; }
  .cp-details dt { font-weight: 600; }
  .cp-details dd { margin: 0; }
  .cp-details__steps { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
  .cp--narrow .cp-canvas { width: auto; height: auto; }
  .cp--narrow .cp-lane { position: static; display: inline-block; height: auto; margin: 0 0.5rem 0.5rem 0; border: 0; background: none; vertical-align: top; }
  .cp--narrow .cp-lane__label, .cp--narrow .cp-settings { width: auto; }
  .cp--narrow .cp-stage { display: none; }
  .cp--narrow .cp-item { position: relative; inset: auto; width: auto; min-height: 0; margin-block-end: 0.75rem; }
  .cp--narrow .cp-step { min-height: 0; text-align: start; font-weight: 600; }
  .cp--narrow .cp-meta.fc-visually-hidden { position: static; width: auto; height: auto; margin: 0.25rem 0 0 1rem; overflow: visible; clip-path: none; white-space: normal; display: flex; flex-direction: column; font-size: 0.875em; color: var(--_fc-color-text-muted); }
  .cp--narrow .cp-meta__lane { color: var(--_fc-color-text); }
  .cp--narrow .cp-choice { position: static; }
  @media (forced-colors: active) { .cp-edge { stroke: CanvasText; } .cp-head { fill: CanvasText; } .cp-edge.cp-lit { stroke: Highlight; } .cp-head.cp-lit { fill: Highlight; } .cp-step, .cp-lane__label, .cp-settings { border-color: ButtonText; forced-color-adjust: auto; } .cp-step.cp-lit, .cp-step[aria-expanded='true'] { outline: 3px solid Highlight; } .cp-lane { border-color: CanvasText; } }
`;
