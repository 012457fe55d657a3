import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM, always. Lit's `styleMap` writes its
 * first render as a `style` attribute, which a strict Content-Security-Policy (`style-src 'self'`)
 * blocks, so the boxes would all land in one corner. Usage: `<li ${cssVars({ '--x': '3' })}>`.
 */
class CssVars extends Directive {
  private previous: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element: <li ${cssVars(…)}>');
  }

  render(_vars: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Record<string, string>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name in this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const name in vars) if (this.previous[name] !== vars[name]) style.setProperty(name, vars[name]);
    this.previous = vars;
    return noChange;
  }
}

export const cssVars = directive(CssVars);
