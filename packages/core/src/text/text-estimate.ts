// One estimate for every element that wraps labels before it can measure them (tree, care path).
/** Lines a text needs at a width, wrapping at spaces and breaking words longer than a line. */
export function estimateLines(text: string, width: number, charWidth: number): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    if (used > 0) lines++;
    while (length > perLine) {
      lines++;
      length -= perLine;
    }
    used = length;
  }
  return lines;
}
