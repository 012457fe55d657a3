// What the analyzer cannot know about fc-kit on its own, added in its last phase so every tool
// reading the manifest (Storybook autodocs, the VS Code data, IDE plugins) gets the same answer:
//
// - the elements declare their reactive properties in `static properties` with `declare` fields,
//   so the analyzer does not tie a field to its attribute: tie them by name (`expandDepth` ↔
//   `expand-depth`) and give the field the attribute's description;
// - the theme tokens (`--fc-*`) reach every element from the page, set in the base element's
//   styles rather than in any one element's JSDoc: list them on every element from the table in
//   docs/theming.md, the one place they are described;
// - `defineElement()` wraps `customElements.define`, so the analyzer finds no definitions: add the
//   `custom-element-definition` exports from each class's `@tag`;
// - private, protected and static members (Lit's `styles`, `properties`) are implementation, not
//   API: leave them out, and leave out modules that declare no element and no element's base;
// - the elements document a part's sub-parts inside its @csspart line ("@csspart axis - the time
//   axis; `tick` each year"): list each backticked part name as a part of its own, so editors and
//   Storybook see `tick` too (test/node/manifest.test.mjs checks each is really set by a template).
import { readFileSync } from 'node:fs';

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** `| \`--fc-color-text\` | \`#1b1b1b\` | text |` rows of the custom-properties table. */
export function readThemeTokens(markdown, defaults = {}) {
  const tokens = [];
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 3 || !cells[0].startsWith('`--fc-')) continue;
    const names = [...cells[0].matchAll(/`(--fc-[a-z0-9-]+)`/g)].map((m) => m[1]);
    const [, usedFor] = cells.slice(1);
    const range = names.length === 2 && cells[0].includes('…') ? expandRange(names[0], names[1]) : names;
    for (const name of range) {
      const description = range.length > 1 ? `${usedFor} (series ${name.match(/\d+$/)[0]})` : usedFor;
      const fallback = defaults[name] ?? (range.length > 1 ? undefined : cells[1].replace(/`/g, ''));
      tokens.push({ name, description: `Theme token: ${description}.`, ...(fallback ? { default: fallback } : {}) });
    }
  }
  return tokens;
}

/** `--fc-series-1` … `--fc-series-8` → the eight names. */
function expandRange(first, last) {
  const prefix = first.replace(/\d+$/, '');
  const from = Number(first.match(/\d+$/)[0]);
  const to = Number(last.match(/\d+$/)[0]);
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

function isPublicInstanceMember(member) {
  return !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
}

export function fcKitManifestPlugin({ theming, defaults }) {
  const tokens = readThemeTokens(readFileSync(theming, 'utf8'), defaults);
  const missing = Object.keys(defaults ?? {}).filter((name) => !tokens.some((t) => t.name === name));
  if (missing.length) throw new Error(`fc-kit manifest: ${theming} does not describe ${missing.join(', ')}`);
  if (tokens.length < 10) throw new Error(`fc-kit manifest: found only ${tokens.length} theme tokens in ${theming}`);

  return {
    name: 'fc-kit-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classes = new Map();
      for (const mod of modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, { mod, d });
      }
      const extendsBase = (d, base) => {
        for (let s = d.superclass; s; s = classes.get(s.name)?.d.superclass) if (s.name === base) return true;
        return false;
      };
      const wanted = new Set();
      for (const { mod, d } of classes.values()) {
        if (!d.customElement || !d.tagName) continue;
        wanted.add(d);
        for (let s = d.superclass; s && classes.has(s.name); s = classes.get(s.name).d.superclass) wanted.add(classes.get(s.name).d);
        linkAttributes(d);
        listSubParts(d);
        if (extendsBase(d, 'FcElement')) addTokens(d, tokens);
        mod.exports = [
          ...(mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name !== d.tagName),
          { kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } },
        ];
      }
      for (const d of wanted) d.members = (d.members ?? []).filter(isPublicInstanceMember);
      customElementsManifest.modules = modules
        .map((mod) => ({
          ...mod,
          declarations: (mod.declarations ?? []).filter((d) => wanted.has(d)),
          exports: (mod.exports ?? []).filter(
            (e) =>
              e.kind === 'custom-element-definition' ||
              [...wanted].some((d) => d.name === e.declaration?.name && e.declaration?.module === mod.path),
          ),
        }))
        .filter((mod) => mod.declarations.length);
    },
  };
}

function linkAttributes(d) {
  for (const attribute of d.attributes ?? []) {
    const field = (d.members ?? []).find((m) => m.kind === 'field' && !m.static && m.name === camel(attribute.name));
    if (!field) continue;
    attribute.fieldName = field.name;
    if (!attribute.type && field.type) attribute.type = field.type;
    field.attribute = attribute.name;
    if (!field.description && attribute.description) field.description = attribute.description;
  }
}

/** A part name as the kit writes them: lower case words joined by hyphens. */
const PART_NAME = /`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`/g;

function listSubParts(d) {
  const parts = d.cssParts ?? [];
  // Attribute names are written in backticks too ("loads `src` again"): they are not parts.
  const names = new Set([...parts.map((p) => p.name), ...(d.attributes ?? []).map((a) => a.name)]);
  d.cssParts = parts.flatMap((part) => {
    const subs = [...(part.description ?? '').matchAll(PART_NAME)].map((m) => m[1]).filter((name) => !names.has(name));
    for (const name of subs) names.add(name);
    return [part, ...subs.map((name) => ({ name, description: `(with \`${part.name}\`) ${part.description}` }))];
  });
}

function addTokens(d, tokens) {
  const own = new Set((d.cssProperties ?? []).map((p) => p.name));
  d.cssProperties = [...(d.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
}
