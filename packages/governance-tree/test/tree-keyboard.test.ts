import { expect } from '@open-wc/testing';
import { TreeKeyboard, TYPE_AHEAD_MS, type TreeKeyboardHost, type TreeRow } from '../src/tree-keyboard.js';

/**
 * The keyboard controller on its own, with a host that is a plain list and a clock the test
 * moves: type-ahead timing without waiting. The element's tests press real keys.
 */
class FakeTree implements TreeKeyboardHost {
  focus = 'a';
  expanded = new Set(['a', 'b']);
  activated: string[] = [];
  private readonly all: { id: string; parent?: string; text: string; children: boolean }[] = [
    { id: 'a', text: 'Alue', children: true },
    { id: 'b', parent: 'a', text: 'Berg', children: true },
    { id: 'b1', parent: 'b', text: 'Bo', children: false },
    { id: 'c', parent: 'a', text: 'Cafe', children: true },
    { id: 'c1', parent: 'c', text: 'Cola', children: false },
    { id: 'd', parent: 'a', text: 'Berliini', children: false },
  ];

  treeRows(): TreeRow[] {
    const visible = (id: string | undefined): boolean =>
      !id || (this.expanded.has(id) && visible(this.all.find((n) => n.id === id)!.parent));
    return this.all
      .filter((n) => visible(n.parent))
      .map((n) => ({ id: n.id, parent: n.parent, expandable: n.children, expanded: this.expanded.has(n.id), text: n.text }));
  }
  focusRow(id: string) {
    this.focus = id;
  }
  setExpanded(ids: readonly string[], expanded: boolean) {
    for (const id of ids) {
      if (expanded) this.expanded.add(id);
      else this.expanded.delete(id);
    }
  }
  activateRow(id: string) {
    this.activated.push(id);
  }
}

function setup() {
  let now = 0;
  const tree = new FakeTree();
  const keyboard = new TreeKeyboard(tree, () => now);
  const press = (key: string, after = 10) => {
    now += after;
    return keyboard.keydown({ key, altKey: false, ctrlKey: false, metaKey: false }, tree.focus);
  };
  return { tree, press };
}

describe('TreeKeyboard', () => {
  it('moves over visible rows only', () => {
    const { tree, press } = setup();
    press('ArrowDown');
    expect(tree.focus).to.equal('b');
    press('ArrowDown');
    expect(tree.focus).to.equal('b1');
    press('ArrowDown');
    // c is collapsed: its child c1 is skipped.
    expect(tree.focus).to.equal('c');
    press('ArrowDown');
    expect(tree.focus).to.equal('d');
    press('ArrowDown');
    expect(tree.focus).to.equal('d');
    press('Home');
    expect(tree.focus).to.equal('a');
    press('End');
    expect(tree.focus).to.equal('d');
  });

  it('opens, enters, closes and leaves with Right and Left', () => {
    const { tree, press } = setup();
    tree.focus = 'c';
    press('ArrowRight');
    expect(tree.expanded.has('c')).to.equal(true);
    expect(tree.focus).to.equal('c');
    press('ArrowRight');
    expect(tree.focus).to.equal('c1');
    press('ArrowLeft');
    expect(tree.focus).to.equal('c');
    press('ArrowLeft');
    expect(tree.expanded.has('c')).to.equal(false);
    press('ArrowLeft');
    expect(tree.focus).to.equal('a');
  });

  it('expands every sibling with *', () => {
    const { tree, press } = setup();
    tree.expanded.delete('b');
    tree.focus = 'd';
    press('*');
    expect([...tree.expanded].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(tree.focus).to.equal('d');
  });

  it('activates with Enter and Space, and leaves other keys alone', () => {
    const { tree, press } = setup();
    expect(press('Enter')).to.equal(true);
    expect(press(' ', 1000)).to.equal(true);
    expect(tree.activated).to.deep.equal(['a', 'a']);
    expect(press('Tab')).to.equal(false);
    expect(press('F5')).to.equal(false);
  });

  it('finds by first letters: one letter cycles, several narrow, a pause starts again', () => {
    const { tree, press } = setup();
    press('b');
    expect(tree.focus).to.equal('b');
    press('b');
    expect(tree.focus).to.equal('b1');
    press('b');
    // Wraps past the collapsed c's hidden child to the next visible "B…".
    expect(tree.focus).to.equal('d');
    press('e', TYPE_AHEAD_MS + 1);
    // A pause: "e" alone matches nothing; focus stays.
    expect(tree.focus).to.equal('d');
    press('b', TYPE_AHEAD_MS + 1);
    press('e');
    press('r');
    press('l');
    press('i');
    // "b" finds Berg, "be" and "ber" still match it, "berl" moves on to Berliini.
    expect(tree.focus).to.equal('d');
    tree.focus = 'a';
    press('b', TYPE_AHEAD_MS + 1);
    press('e');
    press('r');
    press('g');
    expect(tree.focus).to.equal('b');
  });

  it('ignores keys with modifiers', () => {
    const { tree } = setup();
    const keyboard = new TreeKeyboard(tree, () => 0);
    expect(keyboard.keydown({ key: 'ArrowDown', altKey: false, ctrlKey: true, metaKey: false }, 'a')).to.equal(false);
    expect(tree.focus).to.equal('a');
  });
});
