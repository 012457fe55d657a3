// Writes packages/fc-kit/schema.json from the one schema in packages/core.
import { writeFileSync } from 'node:fs';
import { importTs } from './run-ts.mjs';

const { documentJsonSchema } = await importTs('packages/core/src/document/json-schema.ts');
writeFileSync('packages/fc-kit/schema.json', JSON.stringify(documentJsonSchema(), null, 2) + '\n');
