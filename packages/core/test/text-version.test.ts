import { expect } from '@open-wc/testing';
import { h, headingTag, noteAndSource, plainNumber, textBlock, toHtml, toPlainText } from '../src/text/text-version.js';

describe('text version: writing HTML and plain text', () => {
  it('escapes every data text and attribute value in one place', () => {
    const html = toHtml([h('p', null, '<b>&</b> "q"'), h('p', null, h('a', { href: '/x?a="1"&b=<2>' }, 'link'))]);
    expect(html).to.equal('<p>&lt;b&gt;&amp;&lt;/b&gt; "q"</p>\n<p><a href="/x?a=&quot;1&quot;&amp;b=&lt;2&gt;">link</a></p>\n');
  });

  it('drops a link address the schema would refuse', () => {
    expect(toHtml([h('a', { href: 'javascript:alert(1)' }, 'x')])).to.equal('<a>x</a>\n');
    expect(toPlainText([h('p', null, h('a', { href: 'java\tscript:x' }, 'x'))])).to.equal('x\n');
  });

  it('writes nested lists, tables and links as plain text', () => {
    const content = [
      h('h2', null, 'Title'),
      h('ul', null, h('li', null, 'A', h('ul', null, h('li', null, 'A1'))), h('li', null, 'B')),
      h('ol', null, h('li', null, 'one'), h('li', null, 'two')),
      h(
        'table',
        null,
        h('thead', null, h('tr', null, h('th', null, 'x'), h('th', null, 'y'))),
        h('tbody', null, h('tr', null, h('td', null, '1'), h('td', null, '2'))),
      ),
      h('p', null, h('a', { href: 'https://example.org/' }, 'Source')),
    ];
    expect(toPlainText(content)).to.equal('Title\n\n- A\n  - A1\n- B\n\n1. one\n2. two\n\nx | y\n1 | 2\n\nSource (https://example.org/)\n');
  });

  it('marks a text that came from another language with its own lang', () => {
    expect(toHtml([textBlock('p', { fi: 'Hei' }, 'en')])).to.equal('<p lang="fi">Hei</p>\n');
    expect(toHtml([textBlock('p', { fi: 'Hei', en: 'Hi' }, 'en')])).to.equal('<p>Hi</p>\n');
  });

  it('keeps headings between h2 and h6', () => {
    expect([0, 1, 2, 3, 6, 9].map(headingTag)).to.deep.equal(['h2', 'h2', 'h2', 'h3', 'h6', 'h6']);
  });

  it('writes numbers without a thousands separator, in the reader’s locale', () => {
    expect(plainNumber(11700, 'fi')).to.equal('11700');
    expect(plainNumber(2.5, 'fi')).to.equal('2,5');
    expect(plainNumber(2.5, 'en')).to.equal('2.5');
  });

  it('gives the note and source as the elements do, in the reader’s language', () => {
    const html = toHtml(
      noteAndSource('sv', { fi: 'Huom', sv: 'Obs' }, { title: 'Rapport', url: 'https://example.org/r', date: '2021-11-04' }),
    );
    expect(html).to.equal(
      '<p><strong>Anmärkning:</strong> Obs</p>\n<p><strong>Källa:</strong> <a href="https://example.org/r">Rapport</a>, 2021-11-04</p>\n',
    );
  });
});
