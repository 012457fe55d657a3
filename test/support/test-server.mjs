// Answers the browser tests' requests for documents that fail in known ways, so every fault a
// real server can have (404, 500, slow, empty, not JSON) is tested against a real fetch.
const hits = new Map();

export function faultyServer(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__fc/')) return next();
  const key = url.searchParams.get('key') ?? url.pathname;
  const count = (hits.get(key) ?? 0) + 1;
  hits.set(key, count);
  const respond = (status, body, type = 'application/json') => {
    context.status = status;
    context.type = type;
    context.body = body;
  };
  const [, , kind, arg] = url.pathname.split('/');
  switch (kind) {
    case 'hits':
      return respond(200, JSON.stringify(hits.get(arg) ?? 0));
    case 'status':
      return respond(Number(arg), '{"error":"test"}');
    case 'empty':
      return respond(200, '');
    case 'latin1':
      // The document saved as Latin-1, as older Windows tools do: ä is one byte, not valid UTF-8.
      return respond(200, Buffer.from(url.searchParams.get('body') ?? '{}', 'latin1'));
    case 'html':
      return respond(200, '<!doctype html><title>Not found</title>', 'text/html');
    case 'flaky': {
      // Fails until it has been asked `arg` times, then answers with the document.
      const body = url.searchParams.get('body') ?? '{}';
      return count < Number(arg) ? respond(503, 'down') : respond(200, body);
    }
    case 'slow': {
      const body = url.searchParams.get('body') ?? '{}';
      return new Promise((resolve) => setTimeout(() => resolve(respond(200, body)), Number(arg)));
    }
    default:
      return respond(400, 'unknown test route');
  }
}
