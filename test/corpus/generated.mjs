/**
 * The corpus cases too big to commit: built here, byte for byte the same in the browser test and
 * in the CLI test. Each is `{ name, body, element, item?, shown, lines, text?, cli? }` like a manifest entry.
 */

const survey = (i, extra = {}) => ({
  id: `s-${i}`,
  question: { fi: `Kysymys ${i}: toimiiko alueellanne perhekeskus?`, sv: `Fråga ${i}: fungerar familjecentret?`, en: `Question ${i}: does the family centre work?` },
  n: 21,
  type: 'single',
  answers: [{ label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, count: 18 }, { label: { fi: 'Ei', sv: 'Nej', en: 'No' }, count: 3 }],
  note: { fi: 'Vastaajat: kuntien perhekeskusten yhdyshenkilöt. '.repeat(3) },
  ...extra,
});

/** A 10 MB document: thousands of valid surveys and a broken last one. */
function tenMegabytes() {
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < 10 * 1024 * 1024) {
    const text = JSON.stringify(survey(i++));
    parts.push(text);
    size += text.length + 1;
  }
  const last = i;
  parts.push(JSON.stringify(survey(last, { answers: [{ label: 'Kyllä', count: 18 }, { label: 'Ei', count: 2 }] })));
  return { text: `{"fcVersion":1,"id":"iso","surveys":[${parts.join(',')}]}`, last };
}

/** `depth` levels of `open` … `close` around `inner`, without recursion. */
const nest = (depth, open, inner, close) => open.repeat(depth) + inner + close.repeat(depth);

/** A governance chain 10,000 nodes deep, as text (no deep object is built here). */
function deepTree(depth) {
  const node = (i) => `{"id":"d${i}","label":"Taso ${i}","level":"a","children":[`;
  let text = '';
  for (let i = 0; i < depth - 1; i++) text += node(i);
  text += `{"id":"d${depth - 1}","label":"Pohja","level":"a"}`;
  text += ']}'.repeat(depth - 1);
  return `{"fcVersion":1,"id":"syva","governance":[{"id":"t","title":"Syvä","levels":[{"id":"a","label":"A"}],"root":${text}}]}`;
}

const TEXT = 'expected a text or language versions { "fi": …, "sv": …, "en": … }';

export function generatedCases() {
  const big = tenMegabytes();
  const wide = {
    fcVersion: 1,
    id: 'leveä',
    governance: [{ id: 't', title: 'Leveä', levels: [{ id: 'a', label: 'A' }], root: { id: 'r', label: 'Juuri', level: 'a', children: Array.from({ length: 5001 }, (_, i) => ({ id: `c${i}`, label: `Lapsi ${i}`, level: 'a' })) } }],
  };
  const simple = JSON.stringify(survey(0)).slice(1, -1);
  return [
    {
      name: 'ten-megabytes',
      body: big.text,
      element: 'fc-survey-chart',
      item: `s-${big.last}`,
      shown: 'error',
      lines: [`surveys[${big.last}].answers: counts add up to 20, but n = 21`],
    },
    {
      name: 'ten-megabytes-first-item',
      body: big.text,
      element: 'fc-survey-chart',
      shown: 'renders',
      text: 'Question 0: does the family centre work?',
      lines: [],
      cli: [`surveys[${big.last}].answers: counts add up to 20, but n = 21`],
    },
    {
      name: 'tree-10000-deep',
      body: deepTree(10_000),
      element: 'fc-governance-tree',
      shown: 'error',
      lines: [`governance[0].root${'.children[0]'.repeat(50)}: nested too deeply (at most 50 levels)`],
    },
    {
      name: 'tree-5001-wide',
      body: JSON.stringify(wide),
      element: 'fc-governance-tree',
      shown: 'error',
      lines: ['governance[0].root: too large (at most 5000 nodes)'],
    },
    {
      name: 'note-10000-deep-lists',
      body: `{"fcVersion":1,"id":"x","surveys":[{${simple.replace(/"note":\{[^}]*\}/, `"note":${nest(10_000, '[', '1', ']')}`)}}]}`,
      element: 'fc-survey-chart',
      shown: 'error',
      lines: [`surveys[0].note: ${TEXT}`],
    },
    {
      name: 'question-10000-deep-objects',
      body: `{"fcVersion":1,"id":"x","surveys":[{${simple.replace(/"question":\{[^}]*\}/, `"question":${nest(10_000, '{"fi":', '"x"', '}')}`)}}]}`,
      element: 'fc-survey-chart',
      shown: 'error',
      lines: [`surveys[0].question: ${TEXT}`],
    },
    {
      name: 'unknown-key-10000-deep',
      body: `{"fcVersion":1,"id":"x","liite":${nest(10_000, '{"a":', '0', '}')},"surveys":[{${simple}}]}`,
      element: 'fc-survey-chart',
      shown: 'renders',
      text: 'Question 0: does the family centre work?',
      lines: [],
    },
  ];
}
