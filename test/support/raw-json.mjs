// The esbuild plugin turns every .json the test server sends into a JavaScript module, which is
// right for `import data from './x.json'` and wrong for `fetch('/data/x.json')` or `src=`: a page
// fetching a document must get the file as a county's web server sends it. A fetch says so in
// its Sec-Fetch-Dest header ("empty"); an import says "script".
import { createReadStream, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

const ROOT = resolve('.');

export async function rawJsonForFetch(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.endsWith('.json')) return next();
  // The same URL is a module to `import` and a document to `fetch`: neither answer may be cached
  // and handed to the other.
  const noCache = () => {
    context.set('Cache-Control', 'no-store');
    context.set('Vary', 'Sec-Fetch-Dest');
  };
  if (context.get('sec-fetch-dest') === 'script') {
    await next();
    noCache();
    return undefined;
  }
  const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!file.startsWith(`${ROOT}/`)) return next();
  try {
    if (!statSync(file).isFile()) return next();
  } catch {
    return next();
  }
  context.status = 200;
  context.type = 'application/json';
  noCache();
  context.body = createReadStream(file);
  return undefined;
}
