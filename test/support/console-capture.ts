/**
 * Collects what the kit logs (`console.error`, `console.warn`) during each test of the file that
 * calls it, and puts the console back afterwards: tests assert that errors are logged, and the
 * runner's output stays readable.
 */
export function captureConsole(): { lines: string[]; print: (...args: unknown[]) => void } {
  // `print` reaches the real console, for figures a test reports.
  const captured = { lines: [] as string[], print: (...args: unknown[]) => (warn ?? console.warn)(...args) };
  let error: typeof console.error;
  let warn: typeof console.warn;
  beforeEach(() => {
    captured.lines = [];
    error = console.error;
    warn = console.warn;
    console.error = console.warn = (...args: unknown[]) => captured.lines.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });
  return captured;
}
