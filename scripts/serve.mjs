// `npm start`: serves the demo pages and the built kit as plain static files, the way a county's
// web server would. No build step in the pages, no server logic: what works here works in a CMS.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { unalias } from './static-paths.mjs';

const ROOT = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.ico': 'image/x-icon',
};

function fileFor(pathname) {
  const rel = unalias(decodeURIComponent(pathname));
  const file = normalize(join(ROOT, rel));
  if (!file.startsWith(ROOT + '/') && file !== ROOT) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return statSync(join(file, 'index.html')).isFile() ? join(file, 'index.html') : undefined;
    return stat.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  if (pathname.endsWith('/') === false && fileFor(pathname + '/')) {
    res.writeHead(301, { Location: pathname + '/' });
    return res.end();
  }
  const file = fileFor(pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
});

const wanted = Number(process.env.PORT) || 8000;
function listen(port, triesLeft) {
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw e;
  });
  server.listen(port, () => {
    console.log(`\nfc-kit demo: http://localhost:${port}/demo/\n(Ctrl+C stops it)`);
  });
}
listen(wanted, 10);
