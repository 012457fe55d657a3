import type { CorpusEntry } from './match-lines.mjs';
export function generatedCases(): (CorpusEntry & { name: string; body: string })[];
