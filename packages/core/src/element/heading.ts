import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A whole number 1–6 as given, anything else the default: a page decides where an element sits in its outline. */
export function headingLevel(value: unknown, fallback = 3): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

/** `<hN>` for a level 1–6; deeper levels stay at 6 (HTML has no h7). */
export function heading(
  level: number,
  attrs: { id?: string; class: string; part?: string; tabindex?: string },
  content: unknown,
): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, level))];
  return html`<${tag} id=${ifDefined(attrs.id)} class=${attrs.class} part=${ifDefined(attrs.part)} tabindex=${ifDefined(attrs.tabindex)}>${content}</${tag}>`;
}
