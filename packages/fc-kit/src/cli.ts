/**
 * `npx fc-kit validate file.json [--lang fi|sv|en] [--json]`: the same validation the elements
 * run, for editors and CI. Exit code 0: valid; 1: problems found; 2: the command could not run.
 */
import { readFile } from 'node:fs/promises';
import {
  allIssues,
  checkDocument,
  COLLECTIONS,
  formatPath,
  issueText,
  kitString,
  parseJson,
  toLanguage,
  type Language,
} from '@fc-kit/core/headless.js';

const USAGE = `Usage: fc-kit validate <file.json>… [--lang fi|sv|en] [--json]

Checks fc-kit documents (format version 1) and prints every problem with its JSON path.
  --lang   language of the messages (default: from LANG, else fi)
  --json   print the result as JSON
Exit code: 0 valid, 1 problems found, 2 could not run.`;

interface FileResult {
  file: string;
  valid: boolean;
  counts: Record<string, number>;
  problems: { path: string; message: string; code: string }[];
}

async function checkFile(file: string, lang: Language): Promise<FileResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { file, valid: false, counts: {}, problems: [{ path: '', code: 'read', message: (e as Error).message }] };
  }
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    return {
      file,
      valid: false,
      counts: {},
      problems: [{ path: '', code: parsed.error.code, message: kitString(lang, parsed.error.code, parsed.error.params) }],
    };
  }
  const checked = checkDocument(parsed.value);
  const issues = allIssues(checked);
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, checked.items[c].length]).filter(([, n]) => n));
  return {
    file,
    valid: issues.length === 0,
    counts,
    problems: issues.map((i) => ({ path: formatPath(i.path), message: issueText(i, lang), code: i.code })),
  };
}

export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'validate' || rest.includes('--help') || rest.includes('-h')) {
    (command === undefined || command === '--help' || command === '-h' ? out : err)(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  let lang = toLanguage(process.env.LANG);
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = rest[++i];
      if (!value || !['fi', 'sv', 'en'].includes(value)) {
        err(`--lang takes fi, sv or en\n\n${USAGE}`);
        return 2;
      }
      lang = value as Language;
    } else if (arg.startsWith('-')) {
      err(`unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (!files.length) {
    err(USAGE);
    return 2;
  }
  const results = await Promise.all(files.map((f) => checkFile(f, lang)));
  if (json) out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else {
    for (const r of results) {
      if (r.valid) {
        const what = Object.entries(r.counts)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ');
        out(`✓ ${r.file}${what ? ` (${what})` : ''}`);
      } else {
        out(`✗ ${r.file}`);
        for (const p of r.problems) out(`  ${p.path ? `${p.path}: ` : ''}${p.message}`);
      }
    }
  }
  return results.every((r) => r.valid) ? 0 : 1;
}
