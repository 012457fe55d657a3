/**
 * `npx fc-kit validate file.json [--lang fi|sv|en] [--json]`: the same validation the elements
 * run, for editors and CI. `npx fc-kit render file.json --item ID [--lang sv] [--format html|text]`:
 * a figure's text version, to paste into a CMS as a transcript or fallback. `npx fc-kit check-theme
 * theme.css [--dark] [--json]`: a county theme against the contrast and colour-vision checks. Exit
 * code 0: valid (rendered); 1: problems found; 2: the command could not run.
 */
import { readFile } from 'node:fs/promises';
import {
  allIssues,
  checkDocument,
  checkTheme,
  themeDeclarations,
  COLLECTIONS,
  formatPath,
  issueText,
  kitString,
  parseJson,
  toLanguage,
  type Language,
} from '@fc-kit/core/headless.js';
import { renderTextVersion, type TextFormat } from './text-version.js';

const USAGE = `Usage: fc-kit validate <file.json>… [--lang fi|sv|en] [--json]
       fc-kit render <file.json> [--item ID] [--lang fi|sv|en] [--format html|text]
       fc-kit check-theme <theme.css>… [--dark] [--json]

validate  checks fc-kit documents (format version 1) and prints every problem with its JSON path.
  --lang    language of the messages (default: from LANG, else fi)
  --json    print the result as JSON
render    prints one figure's text version: headed lists and tables in plain HTML (only the tags
          h2–h6 p ul ol li table tr th td thead tbody strong em a) or plain text.
  --item    the figure's id (collection:id where two collections use one id; default: the first)
  --lang    the figure's language (default: from LANG, else fi)
  --format  html (default) or text
check-theme  checks a theme's --fc-* colours: text 4.5:1, marks, borders, focus and states 3:1
          against the colours next to them, series apart for protan, deutan and tritan vision; prints
          each failing pair and the token to change.
  --dark    check over the dark defaults (a page with color-scheme: dark)
Exit code: 0 valid, 1 problems found, 2 could not run.`;

async function checkThemes(
  files: string[],
  dark: boolean,
  json: boolean,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const results = [];
  for (const file of files) {
    let css: string;
    try {
      css = await readFile(file, 'utf8');
    } catch (e) {
      err(`${file}: ${(e as Error).message}`);
      return 2;
    }
    results.push({ file, ...checkTheme(themeDeclarations(css), { scheme: dark ? 'dark' : 'light' }) });
  }
  if (json) out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else
    for (const r of results) {
      out(`${r.ok ? '✓' : '✗'} ${r.file} (${r.checked} checks${r.failures.length ? `, ${r.failures.length} failed` : ''})`);
      for (const f of r.failures) out(`  ${f.message}`);
      for (const w of r.warnings) out(`  warning: ${w.message}`);
    }
  return results.every((r) => r.ok) ? 0 : 1;
}

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

async function render(rest: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let lang = toLanguage(process.env.LANG);
  let format: TextFormat = 'html';
  let item: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => rest[++i];
    if (arg === '--lang') {
      const v = value();
      if (!v || !['fi', 'sv', 'en'].includes(v)) return usage(err, '--lang takes fi, sv or en');
      lang = v as Language;
    } else if (arg === '--format') {
      const v = value();
      if (v !== 'html' && v !== 'text') return usage(err, '--format takes html or text');
      format = v;
    } else if (arg === '--item') {
      item = value();
      if (!item) return usage(err, '--item takes an id');
    } else if (arg.startsWith('-')) return usage(err, `unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage(err, 'render takes one file');
  let text: string;
  try {
    text = await readFile(files[0], 'utf8');
  } catch (e) {
    err(`${files[0]}: ${(e as Error).message}`);
    return 2;
  }
  const parsed = parseJson(text, files[0]);
  if (!parsed.ok) {
    err(`${files[0]}: ${kitString(lang, parsed.error.code, parsed.error.params)}`);
    return 1;
  }
  const rendered = renderTextVersion(parsed.value, { item, lang, format });
  if (!rendered.ok) {
    for (const p of rendered.problems) err(`${files[0]}: ${p}`);
    return 1;
  }
  // The output ends in a line break already.
  out(rendered.output.replace(/\n$/, ''));
  return 0;
}

function usage(err: (s: string) => void, why: string): number {
  err(`${why}\n\n${USAGE}`);
  return 2;
}

export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'render' && !rest.includes('--help') && !rest.includes('-h')) return render(rest, out, err);
  if (command === 'check-theme' && !rest.includes('--help') && !rest.includes('-h')) {
    const unknown = rest.find((a) => a.startsWith('-') && a !== '--dark' && a !== '--json');
    const files = rest.filter((a) => !a.startsWith('-'));
    if (unknown || !files.length) {
      err(unknown ? `unknown option ${unknown}\n\n${USAGE}` : USAGE);
      return 2;
    }
    return checkThemes(files, rest.includes('--dark'), rest.includes('--json'), out, err);
  }
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
