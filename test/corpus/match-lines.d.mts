export interface CorpusEntry {
  element: string;
  shown: 'error' | 'warnings' | 'renders';
  lines: string[];
  cli?: string[];
  item?: string;
  text?: string;
  why?: string;
  known?: { issue: string; shown?: CorpusEntry['shown']; lines?: string[]; cli?: string[]; text?: string };
}
export function expectedLines(lines: string[], url?: string): string[];
export function linesMatch(actual: string[], expected: string[]): boolean;
export function problemLine(problem: { path?: string; message: string }): string;
export function currentExpectation(entry: CorpusEntry): CorpusEntry;
