// URL paths the demo uses that are not where the files sit in the repo, shared by `npm start`
// and the browser tests so a demo page behaves the same in both.
export const ALIASES = { '/dist/': '/packages/fc-kit/dist/', '/data/': '/packages/datasets/src/' };

/** `/dist/fc-kit.js` → `/packages/fc-kit/dist/fc-kit.js`; other paths unchanged. */
export function unalias(pathname) {
  for (const [prefix, target] of Object.entries(ALIASES)) {
    if (pathname.startsWith(prefix)) return target + pathname.slice(prefix.length);
  }
  return pathname;
}

/** The same mapping as koa middleware, for @web/test-runner's server. */
export function aliasMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const mapped = unalias(url.pathname);
  if (mapped !== url.pathname) context.url = mapped + url.search;
  return next();
}
