/**
 * Collects what the kit logs (`console.error`, `console.warn`) during each test of the file that
 * calls it, and puts the console back afterwards: tests assert that errors are logged, and the
 * runner's output stays readable.
 */
export function captureConsole(): { lines: string[]; errors: string[]; print: (...args: unknown[]) => void } {
  // `print` reaches the real console, for figures a test reports. `errors` are the console.error lines alone.
  const captured = { lines: [] as string[], errors: [] as string[], print: (...args: unknown[]) => (warn ?? console.warn)(...args) };
  let error: typeof console.error;
  let warn: typeof console.warn;
  beforeEach(() => {
    captured.lines = [];
    captured.errors = [];
    error = console.error;
    warn = console.warn;
    const line = (args: unknown[]) => args.map(String).join(' ');
    console.warn = (...args: unknown[]) => captured.lines.push(line(args));
    console.error = (...args: unknown[]) => {
      captured.errors.push(line(args));
      captured.lines.push(line(args));
    };
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });
  return captured;
}
