// Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium. When
// neither is there and this is root on Debian, installs Debian's chromium; otherwise says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no such file.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function findChrome({ install = true } = {}) {
  let path = found();
  if (path) return path;
  const canInstall = install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log("fc-kit: no Chromium found; installing Debian's chromium (apt-get install -y chromium)…");
    execSync('apt-get update && apt-get install -y --no-install-recommends chromium', { stdio: 'inherit' });
    path = found();
    if (path) return path;
  }
  throw new Error(
    'fc-kit: the tests need Chromium and none was found.\n' +
      '  Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at a Chrome or Chromium binary:\n' +
      '  CHROME_PATH=/path/to/chrome npm test',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
