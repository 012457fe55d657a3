// Types of vendor/spreadsheet.js, which the build bundles from the npm packages `papaparse` and
// `read-excel-file` (scripts/build-builder.mjs): the builder's alone, never in the kit's bundles.
export interface ParseResult {
  data: string[][];
  errors: { type: string; code: string; message: string; row?: number }[];
  meta: { delimiter: string; linebreak: string };
}
export const Papa: {
  parse(
    text: string,
    config: { delimiter?: string; delimitersToGuess?: string[]; skipEmptyLines?: boolean | 'greedy'; quoteChar?: string },
  ): ParseResult;
  unparse(rows: unknown[][], config?: { delimiter?: string; newline?: string; quotes?: boolean }): string;
};
export type CellValue = string | number | boolean | Date | null;
export function readSheet(input: Blob | ArrayBuffer, sheet?: number | string): Promise<CellValue[][]>;
