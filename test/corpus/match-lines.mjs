/**
 * Compares what was shown with a corpus entry's lines. `{url}` stands for the address the
 * document was read from (the file, or nothing for inline JSON); a line ending in `*` matches as
 * a prefix, for messages that quote the JavaScript engine (`The data is not valid JSON: …`),
 * whose wording differs between Node and Chromium versions.
 */
export function expectedLines(lines, url = '') {
  return lines.map((line) => line.replaceAll('{url}', url));
}

export function linesMatch(actual, expected) {
  if (actual.length !== expected.length) return false;
  return expected.every((want, i) => (want.endsWith('*') ? actual[i].startsWith(want.slice(0, -1)) : actual[i] === want));
}

/** `path: message`, as the element lists a problem and the CLI prints it. */
export const problemLine = ({ path, message }) => (path ? `${path}: ${message}` : message);

/**
 * A manifest entry says what the kit must do (`lines`, `cli`, `shown`, `text`). Where the kit does
 * not do it yet, `known` says what it does instead and whose defect that is: the tests hold the kit
 * to that, print the defect, and fail once the defect is fixed, so the entry gets promoted.
 */
export function currentExpectation(entry) {
  const { known } = entry;
  if (!known) return entry;
  return {
    ...entry,
    shown: known.shown ?? entry.shown,
    lines: known.lines ?? entry.lines,
    cli: known.cli ?? known.lines ?? entry.cli,
    text: known.text ?? entry.text,
  };
}
