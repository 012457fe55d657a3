// Framework hosts ship CommonJS (React), which the test server's per-file transform cannot load:
// `/__bundle/<name>.js` is `test/hosts/<name>.entry.ts` bundled by esbuild, as an app would be.
import { build } from 'esbuild';

export function hostBundles() {
  const cache = new Map();
  return {
    name: 'fc-host-bundles',
    async serve(context) {
      const match = /^\/__bundle\/([\w-]+)\.js$/.exec(context.path);
      if (!match) return undefined;
      if (!cache.has(match[1])) {
        const result = await build({
          entryPoints: [`test/hosts/${match[1]}.entry.ts`],
          bundle: true,
          format: 'esm',
          write: false,
          target: 'es2022',
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        cache.set(match[1], result.outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}
