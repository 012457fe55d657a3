/**
 * Random damage to a JSON document, of the kinds editors and tools really do: wrong types,
 * numbers as strings, missing and empty fields, broken times, unsafe URLs, duplicated and dangling
 * ids, emptied and reordered lists, hostile text, prototype keys. Works on a copy; says what it did.
 */
import type { Random } from '../../support/random.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const TIMES = [
  '2023',
  '2023-Q5',
  '2023-02-30',
  '1.1.2023',
  '2023-13',
  '9999',
  '0000-01',
  '2023-Q1',
  '2025-12-31',
  '2020',
  '2030-Q4',
  '2023-W05',
  '',
];
const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' javascript:x',
  'java\nscript:x',
  'https://example.fi/a?b=1#c',
  '/files/a.pdf',
  'mailto:info@kunta.fi',
  '#',
  '//evil.example/x',
  'https://x.fi/"><img src=x onerror=alert(1)>',
];
const TEXTS = [
  '',
  ' ',
  'x',
  '<img src=x onerror="window.__fcFuzzXss=1">',
  '<script>window.__fcFuzzXss=1</script>',
  '"><svg onload=window.__fcFuzzXss=1>',
  'هل يعمل مركز الأسرة في منطقتك؟',
  'בית המשפחות',
  '👨‍👩‍👧‍👦🇫🇮🎉',
  '\u202Eevil\u202C',
  'a\u0000b',
  'Perhekeskus'.repeat(400),
  'x'.repeat(201),
  '{{constructor}}',
  '${alert(1)}',
  '%s%s%n',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e999',
];
const NUMBERS = [0, -1, 1, 0.5, 21.5, 1e21, -0, 2 ** 53, 1e-7, 999999];
const IDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'a b',
  'x'.repeat(201),
  '#id',
  '"quote',
  '\\',
  'ä',
  '1',
  'a.b',
  'a[0]',
  '</script>',
];

function nodes(root: Json): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = [];
  const stack: { path: Path; value: Json }[] = [{ path: [], value: root }];
  while (stack.length) {
    const entry = stack.pop()!;
    out.push(entry);
    const { value, path } = entry;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: [...path, i], value: v }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
  }
  return out;
}

const parentOf = (root: Json, path: Path) =>
  path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string], root) as Record<string | number, Json>;

function set(root: Json, path: Path, value: Json | undefined): Json {
  if (!path.length) return value === undefined ? null : value;
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (key === '__proto__') {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  } else parent[key] = value;
  return root;
}

function deepList(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** One random change; returns the new root and a description. */
function mutateOnce(root: Json, r: Random): { root: Json; what: string } {
  const all = nodes(root);
  // Favour leaves and the inside of collection items, where the interesting fields are.
  const target = r.chance(0.15) ? r.pick(all) : (r.pick(all.filter((n) => n.path.length >= 2)) ?? r.pick(all));
  const { path, value } = target;
  const where = path.join('.') || '(document)';
  const key = path[path.length - 1];
  const ids = all.filter((n) => n.path[n.path.length - 1] === 'id' && typeof n.value === 'string').map((n) => n.value as string);
  const ops: [string, () => Json | undefined][] = [
    ['delete', () => undefined],
    ['null', () => null],
    ['boolean', () => r.chance(0.5)],
    ['number', () => r.pick(NUMBERS)],
    ['text', () => r.pick(TEXTS)],
    ['empty list', () => []],
    ['empty object', () => ({})],
    ['deep list', () => deepList(200 + r.int(2000))],
  ];
  if (typeof value === 'number')
    ops.push(
      ['number as string', () => String(value)],
      ['negative', () => -value - 1],
      ['fraction', () => value + 0.5],
      ['bigger', () => value * 10 + 7],
    );
  if (typeof value === 'string') {
    ops.push(
      ['time', () => r.pick(TIMES)],
      ['url', () => r.pick(URLS)],
      ['other id', () => (ids.length ? r.pick(ids) : 'x')],
      ['odd id', () => r.pick(IDS)],
    );
    if (/^\d+$/.test(value)) ops.push(['string as number', () => Number(value)]);
    if (key === 'start' || key === 'end' || key === 'date') ops.push(['time', () => r.pick(TIMES)], ['time', () => r.pick(TIMES)]);
    if (key === 'url') ops.push(['url', () => r.pick(URLS)], ['url', () => r.pick(URLS)]);
    if (key === 'id' || key === 'level' || key === 'theme' || key === 'from' || key === 'to')
      ops.push(
        ['other id', () => (ids.length ? r.pick(ids) : 'x')],
        ['dangling id', () => `ei-ole-${r.int(100)}`],
        ['odd id', () => r.pick(IDS)],
      );
    if (key === 'type' || key === 'chart' || key === 'status' || key === 'kind')
      ops.push(['unknown option', () => r.pick(['radio', 'bar', 'pie', 'single', 'multi', 'late', 'role', 'Group', ''])]);
  }
  if (Array.isArray(value)) {
    ops.push(
      ['duplicate entry', () => (value.length ? [...value, JSON.parse(JSON.stringify(r.pick(value)))] : [null])],
      ['drop entry', () => value.filter((_, i) => i !== r.int(value.length))],
      ['reverse', () => [...value].reverse()],
      ['null entry', () => [...value, null]],
      ['list as object', () => Object.fromEntries(value.map((v, i) => [String(i), v]))],
    );
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    ops.push(
      ['object as list', () => Object.values(value)],
      ['unknown key', () => ({ ...value, [`tuntematon${r.int(9)}`]: r.pick(TEXTS) })],
      [
        '__proto__ key',
        () =>
          Object.defineProperty({ ...value }, '__proto__', {
            value: { polluted: 'fuzz', fi: 'saastunut' },
            enumerable: true,
            writable: true,
            configurable: true,
          }) as Json,
      ],
      ['constructor key', () => ({ ...value, constructor: { prototype: { polluted: 'fuzz' } } })],
    );
    if ('start' in value && 'end' in value) ops.push(['swap start and end', () => ({ ...value, start: value.end, end: value.start })]);
    if (keys.length)
      ops.push([
        'drop field',
        () => {
          const copy = { ...value };
          delete copy[r.pick(keys)];
          return copy;
        },
      ]);
    if ('n' in value && typeof value.n === 'number')
      ops.push(
        ['n = 0', () => ({ ...value, n: 0 })],
        ['n smaller', () => ({ ...value, n: Math.max(1, (value.n as number) - 1 - r.int(5)) })],
      );
  }
  const [name, make] = r.pick(ops);
  return { root: set(root, path, make()), what: `${name} at ${where}` };
}

export function mutate(doc: unknown, r: Random): { doc: unknown; what: string[] } {
  let root = JSON.parse(JSON.stringify(doc)) as Json;
  const what: string[] = [];
  const times = 1 + (r.chance(0.3) ? r.int(3) : 0);
  for (let i = 0; i < times; i++) {
    const step = mutateOnce(root, r);
    root = step.root;
    what.push(step.what);
  }
  return { doc: root, what };
}
