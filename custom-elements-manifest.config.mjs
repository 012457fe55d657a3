// The Custom Elements Manifest (packages/fc-kit/custom-elements.json) and VS Code custom data,
// read from the elements' JSDoc (@tag, @attr, @prop, @fires, @csspart, @cssprop, @slot).
// `node scripts/emit-manifest.mjs` runs it; `npm run build` does too.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { fcKitManifestPlugin } from './scripts/manifest/fc-kit-manifest-plugin.mjs';
import { importTs } from './scripts/run-ts.mjs';

// The defaults come from the code that applies them, the descriptions from the theming guide.
const { TOKENS } = await importTs('packages/core/src/theme/tokens.ts');

export default {
  globs: ['packages/*/src/**/*.ts'],
  // The CLI and the bundle entry files declare no elements; leaving them out keeps the manifest
  // to what an editor or Storybook looks up.
  exclude: ['packages/fc-kit/src/**'],
  outdir: 'packages/fc-kit',
  litelement: true,
  // The analyzer would otherwise write a `customElements` field into the workspace's package.json;
  // packages/fc-kit/package.json carries it instead.
  packagejson: false,
  quiet: true,
  plugins: [
    fcKitManifestPlugin({ theming: 'docs/theming.md', defaults: TOKENS }),
    customElementVsCodePlugin({
      outdir: 'packages/fc-kit',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
  ],
};
