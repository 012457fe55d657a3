/**
 * The tree's text version: its levels, then the bodies as nested lists, each with its level, kind,
 * description, duties, members, cooperation links and link, in the order the tree draws them.
 * `governanceFacts` lists what it must carry, for the tests (and a screen-reader test later).
 */
import { pickText, type GovernanceNode, type GovernanceTree, type Language } from '@fc-kit/core/headless.js';
import { h, headingTag, langOf, noteAndSource, textBlock, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { t } from './strings.js';
import { indexTree, type TreeIndex } from './tree-index.js';

export function governanceText(tree: GovernanceTree, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const index = indexTree(tree);
  const levels = new Map(tree.levels.map((l) => [l.id, l.label]));
  const sub = headingTag(level + 1);
  return [
    textBlock(headingTag(level), tree.title, lang),
    h(sub, null, t(lang, 'levels')),
    h(
      'ol',
      null,
      tree.levels.map((l) => textBlock('li', l.label, lang)),
    ),
    h(sub, null, t(lang, 'structure')),
    h('ul', null, nodeItem(tree.root, lang, index, levels)),
    ...noteAndSource(lang, tree.note, tree.source ?? source),
  ];
}

function nodeItem(node: GovernanceNode, lang: Language, index: TreeIndex, levels: Map<string, GovernanceNode['label']>): TextNode {
  const text = (value: GovernanceNode['label'] | undefined) => pickText(value, lang);
  const about = [text(levels.get(node.level)), node.kind ? t(lang, `kind-${node.kind}`) : ''].filter(Boolean).join(', ');
  const list = (key: 'duties' | 'members', values: GovernanceNode['duties']) =>
    !!values?.length && [
      h('p', null, `${t(lang, key)}:`),
      h(
        'ul',
        null,
        values.map((v) => textBlock('li', v, lang)),
      ),
    ];
  const links = index.links.get(node.id) ?? [];
  return h(
    'li',
    null,
    h('strong', langOf(node.label, lang), text(node.label) || node.id),
    about && ` (${about})`,
    node.description !== undefined && pickText(node.description, lang) && textBlock('p', node.description, lang),
    list('duties', node.duties),
    list('members', node.members),
    links.length > 0 && [
      h('p', null, `${t(lang, 'links')}:`),
      h(
        'ul',
        null,
        links.map((l) => h('li', null, text(l.other.label), l.label !== undefined && text(l.label) && ` – ${text(l.label)}`)),
      ),
    ],
    node.url && h('p', null, h('a', { href: node.url }, `${t(lang, 'more')}: ${text(node.label) || node.id}`)),
    !!node.children?.length &&
      h(
        'ul',
        null,
        node.children.map((c) => nodeItem(c, lang, index, levels)),
      ),
  );
}

/** Every label and text of the tree a reader must find in its text version. */
export function governanceFacts(tree: GovernanceTree, lang: Language): string[] {
  const text = (value: GovernanceNode['label'] | undefined) => pickText(value, lang);
  const out = [text(tree.title), ...tree.levels.map((l) => text(l.label))];
  const index = indexTree(tree);
  for (const node of index.node.values()) {
    out.push(text(node.label), text(node.description), ...(node.duties ?? []).map(text), ...(node.members ?? []).map(text));
    if (node.kind) out.push(t(lang, `kind-${node.kind}`));
  }
  for (const link of tree.links ?? []) out.push(text(link.label));
  out.push(text(tree.note), text(tree.source?.title));
  return out.filter(Boolean);
}
