// The accessibility pack counties cite, generated from docs/accessibility/checklist.json so it
// cannot drift: the Chartability results and the EN 301 549 clause 9 mapping per element, and a
// paragraph for a county's accessibility statement in Finnish, Swedish and English.
// `npm run build` writes the files; test/node/accessibility-docs.test.mjs fails when they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHECKLIST = 'docs/accessibility/checklist.json';
export const OUT = {
  readme: 'docs/accessibility/README.md',
  chartability: 'docs/accessibility/chartability.md',
  en301549: 'docs/accessibility/en-301-549.md',
  statement: 'docs/accessibility/statement.md',
};

export function loadChecklist(file = CHECKLIST) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The answer for one element: its own, else the one for every element (`*`). */
export function answerFor(entry, tag) {
  return entry.answers[tag] ?? entry.answers['*'];
}

/** How a test is named in its file: `${tag}`-style parts stand for the element or value each run uses. */
export function testExists(ref) {
  if (!existsSync(ref.file)) return false;
  const source = readFileSync(ref.file, 'utf8');
  // The name right after `it(`, `describe(` or `test(` and its opening quote: a comment does not count.
  return ["'", '"', '`'].some((q) => new RegExp(`\\b(?:it|describe|test)\\(\\s*${escape(q + ref.test)}`).test(source));
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Problems a checklist must not have: the node test lists them. */
export function checklistProblems(doc) {
  const problems = [];
  const statuses = new Set(doc.chartability.statuses);
  const entries = [
    ...doc.heuristics.map((h) => ({ ...h, label: `Chartability "${h.title}"` })),
    ...doc.wcag.map((w) => ({ ...w, label: `WCAG ${w.criterion}` })),
  ];
  for (const entry of entries) {
    for (const tag of doc.elements) {
      const a = answerFor(entry, tag);
      if (!a) {
        problems.push(`${entry.label}: no answer for <${tag}>`);
        continue;
      }
      if (!statuses.has(a.status)) problems.push(`${entry.label} <${tag}>: unknown status ${a.status}`);
      if (a.status === 'pass' && !a.tests?.length) problems.push(`${entry.label} <${tag}>: passes with no test named`);
      if (a.status !== 'pass' && !a.justification?.trim()) problems.push(`${entry.label} <${tag}>: ${a.status} with no justification`);
      if (entry.critical && !['pass', 'not-applicable'].includes(a.status))
        problems.push(`${entry.label} (critical) <${tag}>: ${a.status}`);
      if (entry.level && a.status === 'open') problems.push(`${entry.label} <${tag}>: a WCAG criterion left open`);
      if (a.status === 'fail') problems.push(`${entry.label} <${tag}>: fails`);
      for (const ref of a.tests ?? []) if (!testExists(ref)) problems.push(`${entry.label} <${tag}>: no test "${ref.test}" in ${ref.file}`);
    }
  }
  return problems;
}

const STATUS = { pass: 'pass', 'not-applicable': 'not applicable', open: 'open', fail: 'FAIL' };
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const testsOf = (a) => (a.tests ?? []).map((t) => `\`${t.file}\` › \`${cell(t.test)}\``).join('<br>');
const why = (a) => cell(a.justification ?? a.note ?? '');

export function counts(doc, tag) {
  const c = { pass: 0, 'not-applicable': 0, open: 0, fail: 0, criticalPass: 0, critical: 0 };
  for (const h of doc.heuristics) {
    const a = answerFor(h, tag);
    c[a.status]++;
    if (h.critical) {
      c.critical++;
      if (a.status === 'pass' || a.status === 'not-applicable') c.criticalPass++;
    }
  }
  return c;
}

function readme(doc) {
  const rows = doc.elements.map((tag) => {
    const c = counts(doc, tag);
    const open = doc.heuristics.filter((h) => answerFor(h, tag).status === 'open').map((h) => h.title);
    return `| \`<${tag}>\` | ${c.pass} | ${c['not-applicable']} | ${c.open} | ${c.fail} | ${c.criticalPass} / ${c.critical} | ${open.join('; ') || '—'} |`;
  });
  return `# Accessibility of fc-kit

Generated from [checklist.json](checklist.json) by \`scripts/accessibility-docs.mjs\` (\`npm run build\`);
do not edit by hand. Every "pass" names the automated test that proves it; every "not applicable"
and "open" says why. \`test/node/accessibility-docs.test.mjs\` fails when a critical heuristic is
unanswered or failing, a named test does not exist, or these files differ from the checklist.

- [chartability.md](chartability.md): the ${doc.heuristics.length} Chartability heuristics (${doc.heuristics.filter((h) => h.critical).length} critical), per element.
- [en-301-549.md](en-301-549.md): EN 301 549 V3.2.1 clause 9 (WCAG 2.1 A and AA) and the WCAG 2.2 AA additions, per element.
- [statement.md](statement.md): a paragraph for a county's accessibility statement, in Finnish, Swedish and English.

## Chartability per element

| element | pass | not applicable | open | fail | critical passed | open heuristics |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

function chartability(doc) {
  const parts = [
    `# Chartability audit per element\n\nGenerated from [checklist.json](checklist.json); source: ${doc.chartability.source}.\n`,
  ];
  for (const h of doc.heuristics) {
    parts.push(
      `## ${h.title}${h.critical ? ' (critical)' : ''}\n\n${h.principle}. ${h.summary}${h.wcag.length ? ` WCAG ${h.wcag.join(', ')}.` : ''}\n`,
    );
    parts.push('| element | result | proved by | why |\n| --- | --- | --- | --- |');
    for (const tag of doc.elements) {
      const a = answerFor(h, tag);
      parts.push(`| \`<${tag}>\` | ${STATUS[a.status]} | ${testsOf(a) || '—'} | ${why(a) || '—'} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}

function en301549(doc) {
  const parts = [
    `# EN 301 549 clause 9 and WCAG 2.2 AA, per element

Generated from [checklist.json](checklist.json). EN 301 549 V3.2.1 clause 9 (web content) requires
WCAG 2.1 level A and AA; clause 9.x.y.z is WCAG success criterion x.y.z. The WCAG 2.2 AA criteria
that 2.1 does not have are listed after them (no EN 301 549 clause yet). A row applies to every
element unless the element has its own row.
`,
  ];
  for (const tag of doc.elements) {
    parts.push(`## \`<${tag}>\`\n\n| clause | criterion | level | result | proved by | why |\n| --- | --- | --- | --- | --- | --- |`);
    for (const w of doc.wcag) {
      const a = answerFor(w, tag);
      parts.push(
        `| ${w.en301549 ?? `WCAG ${w.wcag}`} | ${w.criterion} ${cell(w.title)} | ${w.level} | ${STATUS[a.status]} | ${testsOf(a) || '—'} | ${why(a) || '—'} |`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}

function statement(doc) {
  const n = doc.elements.length;
  const applicable = doc.wcag.filter((w) => w.wcag === '2.1' && doc.elements.some((tag) => answerFor(w, tag).status === 'pass')).length;
  const open = [
    ...new Set(doc.elements.flatMap((tag) => doc.heuristics.filter((h) => answerFor(h, tag).status === 'open').map((h) => h.title))),
  ];
  return `# A paragraph for your accessibility statement

Generated from [checklist.json](checklist.json). Paste the paragraph in your statement's language
into the part about third-party content or embedded figures, and keep the link to this pack. It
covers the kit's own code; the texts and figures in your data are yours to check.

## Suomeksi (saavutettavuusseloste)

> Sivuston kaaviot (johtamisen rakenne, perheiden talo, kyselyn tulokset ja tiekartta) on tehty
> fc-kit-komponenteilla. Komponentit on testattu automaattisesti EN 301 549 -standardin kohdan 9
> (WCAG 2.1 AA) ja WCAG 2.2:n AA-tason lisävaatimusten mukaan: kaikki ${applicable} komponentteja koskevaa
> kohtaa täyttyvät, ja jokaisesta kohdasta on nimetty testi (${n} komponenttia). Jokaisen kaavion
> tiedot ovat ruudunlukijalla luettavissa otsikoina, luetteloina ja taulukoina, numerot luetaan
> oikein, ja kaavion alla kerrotaan, miten sitä luetaan ja mitä näppäimiä voi käyttää. Kaavioiden
> tekstisisältö ja luvut ovat sivuston ylläpitäjän omia, ja ylläpitäjä vastaa niiden selkeydestä.
> Tarkempi arvio: fc-kit, docs/accessibility.

## På svenska (tillgänglighetsutlåtande)

> Diagrammen på webbplatsen (ledningsstrukturen, familjernas hus, enkätresultaten och
> färdplanen) är gjorda med komponenterna i fc-kit. Komponenterna är automatiskt testade enligt
> avsnitt 9 i standarden EN 301 549 (WCAG 2.1 AA) och tilläggskraven på nivå AA i WCAG 2.2: alla
> ${applicable} punkter som gäller komponenterna uppfylls, och för varje punkt finns ett namngivet test (${n}
> komponenter). Uppgifterna i varje diagram kan läsas med skärmläsare som rubriker, listor och
> tabeller, talen läses rätt, och under diagrammet står hur det läses och vilka tangenter som
> fungerar. Diagrammens texter och siffror är webbplatsens egna, och webbplatsen ansvarar för att
> de är begripliga. Närmare bedömning: fc-kit, docs/accessibility.

## In English (accessibility statement)

> The figures on this site (the governance structure, the house of families, the survey results
> and the roadmap) are made with the fc-kit components. The components are tested automatically
> against EN 301 549 clause 9 (WCAG 2.1 AA) and the WCAG 2.2 AA additions: all ${applicable} criteria
> that apply to them are met, each with a named test (${n} components). The facts of every figure
> can be read with a screen reader as headings, lists and tables, numbers are read out correctly,
> and each figure says how to read it and which keys work in it. The texts and numbers in the
> figures are the site's own, and the site is responsible for their clarity. Detailed assessment:
> fc-kit, docs/accessibility.

Known limits, from the Chartability audit (not WCAG failures): ${open.join('; ')}. See
[chartability.md](chartability.md).
`;
}

/** Every generated file and its text (prettier leaves *.md as written). */
export function renderDocs(doc = loadChecklist()) {
  return {
    [OUT.readme]: readme(doc),
    [OUT.chartability]: chartability(doc),
    [OUT.en301549]: en301549(doc),
    [OUT.statement]: statement(doc),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const doc = loadChecklist();
  const problems = checklistProblems(doc);
  if (problems.length) {
    console.error(`accessibility checklist:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  for (const [file, text] of Object.entries(renderDocs(doc))) writeFileSync(file, text);
}
