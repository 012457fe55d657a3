// A developer's view of the package: `import 'fc-kit/roadmap.js'` type-checks against the
// published declarations (dist/types), without the private workspace packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

test('the published .d.ts files type-check a consumer', () => {
  const dir = 'node_modules/.cache/fc-kit/consumer';
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/consumer.ts`,
    `import { FcRoadmap } from 'fc-kit/roadmap.js';
import { FcData } from 'fc-kit/data.js';
import { checkDocument, type Survey } from 'fc-kit';
const roadmap: FcRoadmap = document.createElement('fc-roadmap');
const data: FcData = document.createElement('fc-data');
roadmap.item = 'etela-pohjanmaa-2022-2025';
data.src = '/files/a.json';
const survey: Survey = { id: 's', question: 'Q', n: 1, type: 'single', answers: [{ label: 'A', count: 1 }] };
checkDocument(survey, 'surveys');
roadmap.addEventListener('fc-select', (e) => e.detail.id.toUpperCase());
// @ts-expect-error: item is a string
roadmap.item = 5;
`,
  );
  writeFileSync(
    `${dir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const r = spawnSync('node_modules/.bin/tsc', ['-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
  assert.equal(r.stdout + r.stderr, '');
  assert.equal(r.status, 0);
});
