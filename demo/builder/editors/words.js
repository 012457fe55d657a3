// @ts-check
// A JSON path in words, for the problems: `surveys[0].answers[1].count` is "survey 1 › answer 2
// › count". The words are the builder's (`w-<key>` in strings.js); a key without one is itself.

/**
 * @param {readonly (string | number)[]} path
 * @param {(key: string, params?: Record<string, string | number>) => string | undefined} word
 *   the builder's string for a key, or undefined where it has none
 */
export function pathWords(path, word) {
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'number') {
      out.push(`#${segment + 1}`);
      continue;
    }
    if (typeof next === 'number') {
      out.push(word(`w-${segment}-n`, { n: next + 1 }) ?? `${segment} ${next + 1}`);
      i++;
      continue;
    }
    out.push(word(`w-${segment}`) ?? segment);
  }
  return out.join(' › ');
}
