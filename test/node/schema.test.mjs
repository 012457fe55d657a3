// The published JSON Schema and the run-time validation are made from one schema; this checks
// they agree on the bundled datasets and on documents broken in ways JSON Schema can express.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { importTs } from '../../scripts/run-ts.mjs';

const schema = JSON.parse(readFileSync('packages/fc-kit/schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateWithSchema = ajv.compile(schema);
const { checkDocument, allIssues } = await importTs('packages/core/src/headless.ts');
const { documentJsonSchema } = await importTs('packages/core/src/document/json-schema.ts');

const datasets = readdirSync('packages/datasets/src').filter((f) => f.endsWith('.json'));
const survey = { id: 's', question: 'Q', n: 21, type: 'single', answers: [{ label: 'Kyllä', count: 21 }] };
const broken = {
  'n as a string': { fcVersion: 1, id: 'x', surveys: [{ ...survey, n: '21' }] },
  'unknown chart': { fcVersion: 1, id: 'x', surveys: [{ ...survey, chart: 'radar' }] },
  'no answers': { fcVersion: 1, id: 'x', surveys: [{ ...survey, answers: [] }] },
  'n = 0': { fcVersion: 1, id: 'x', surveys: [{ ...survey, n: 0 }] },
  'javascript: url': { fcVersion: 1, id: 'x', source: { title: 'S', url: 'javascript:alert(1)' } },
  'bad time': { fcVersion: 1, id: 'x', source: { title: 'S', date: '2023-13' } },
  'wrong version': { fcVersion: 2, id: 'x' },
  'text as a number': { fcVersion: 1, id: 'x', title: 5 },
  'missing id': { fcVersion: 1 },
};

test('schema.json is what the schema in packages/core makes (rebuild with npm run build)', () => {
  assert.deepEqual(schema, JSON.parse(JSON.stringify(documentJsonSchema())));
});

test('schema.json is draft 2020-12', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

for (const file of datasets) {
  test(`dataset ${file}: valid for both`, () => {
    const doc = JSON.parse(readFileSync(`packages/datasets/src/${file}`, 'utf8'));
    assert.equal(validateWithSchema(doc), true, JSON.stringify(validateWithSchema.errors));
    assert.deepEqual(allIssues(checkDocument(doc)), []);
  });
}

for (const [name, doc] of Object.entries(broken)) {
  test(`${name}: invalid for both`, () => {
    assert.equal(validateWithSchema(doc), false);
    assert.notDeepEqual(allIssues(checkDocument(doc)), []);
  });
}
