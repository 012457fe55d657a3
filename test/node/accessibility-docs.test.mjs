// The accessibility checklist (docs/accessibility/checklist.json) and the pack made from it:
// every Chartability heuristic and WCAG criterion answered for every element, no critical one
// failing or open, every test it names real, and the generated pages as the checklist says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerFor, checklistProblems, loadChecklist, renderDocs, testExists } from '../../scripts/accessibility-docs.mjs';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';

const doc = loadChecklist();

test('the checklist has the 50 Chartability heuristics, 14 of them critical', () => {
  assert.equal(doc.heuristics.length, 50);
  assert.equal(doc.heuristics.filter((h) => h.critical).length, 14);
  assert.equal(new Set(doc.heuristics.map((h) => h.id)).size, 50);
});

test('it answers for every element of the kit', () => {
  assert.deepEqual([...doc.elements].sort(), VISUAL_ELEMENTS.map((e) => e.tag).sort());
});

test('it lists WCAG 2.1 A and AA (EN 301 549 clause 9) and the WCAG 2.2 AA additions', () => {
  const criteria = doc.wcag.map((w) => w.criterion);
  assert.equal(doc.wcag.filter((w) => w.wcag === '2.1').length, 50);
  for (const c of ['2.4.11', '2.5.8', '1.4.10', '1.4.12', '1.4.11', '2.4.7']) assert.ok(criteria.includes(c), c);
  for (const w of doc.wcag.filter((x) => x.wcag === '2.1')) assert.equal(w.en301549, `9.${w.criterion}`);
});

test('no heuristic or criterion unanswered; no critical one failing or open; every named test exists', () => {
  assert.deepEqual(checklistProblems(doc), []);
});

test('the checks bite: a missing answer, an open critical heuristic and a test that does not exist are found', () => {
  const broken = structuredClone(doc);
  const critical = broken.heuristics.find((h) => h.critical);
  critical.answers = { 'fc-roadmap': { status: 'open', justification: 'later' } };
  broken.heuristics[1].answers['*'].tests = [{ file: 'test/quality/focus.test.ts', test: 'a test nobody wrote' }];
  const problems = checklistProblems(broken).join('\n');
  assert.match(problems, /no answer for <fc-governance-tree>/);
  assert.match(problems, /\(critical\) <fc-roadmap>: open/);
  assert.match(problems, /no test "a test nobody wrote"/);
  assert.equal(testExists({ file: 'test/quality/focus.test.ts', test: '<${tag}>: every focus stop' }), true);
  // A name in a comment is not a test.
  assert.equal(testExists({ file: 'test/quality/focus.test.ts', test: 'Focus, per focus stop of every element' }), false);
});

test('the generated pages are what the checklist says (run `npm run build` after changing it)', () => {
  for (const [file, text] of Object.entries(renderDocs(doc))) assert.equal(readFileSync(file, 'utf8'), text, `${file} is out of date`);
});

test('the statement paragraph exists in Finnish, Swedish and English', () => {
  const statement = readFileSync('docs/accessibility/statement.md', 'utf8');
  for (const heading of ['## Suomeksi', '## På svenska', '## In English']) assert.ok(statement.includes(heading), heading);
  assert.match(statement, /EN 301 549/);
  const critical = doc.heuristics.filter((h) => h.critical);
  for (const tag of doc.elements) for (const h of critical) assert.ok(['pass', 'not-applicable'].includes(answerFor(h, tag).status));
});
