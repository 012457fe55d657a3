// The embed builder inside the built kit (packages/fc-kit/dist/builder/), as static files that
// work wherever the kit is served from (a CDN, a county's own server): every address relative,
// the kit the one beside it (`../`), the bundled documents, themes and guides copied in. The
// builder's spreadsheet libraries (vendor/) come along; the kit's own bundles never import them.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const OUT = 'packages/fc-kit/dist/builder';
mkdirSync(`${OUT}/data`, { recursive: true });

/** The served paths the repo's builder uses, and what they are beside the copy. */
const REWRITES = [
  ["'/dist/", "'../"],
  ["'/demo/builder/", "'./"],
  ['`/demo/themes/', '`./themes/'],
  ["'/docs/editors/", "'./"],
  ['"/demo/builder/', '"./'],
  ['"/demo/demo.css"', '"./demo.css"'],
  ['"/demo/favicon.svg"', '"./favicon.svg"'],
  ['"/docs/editors/', '"./'],
  // The demo pages are not part of the kit: the logo and "all demos" lead to the builder itself.
  ['href="/demo/"', 'href="./"'],
];
const rewrite = (text) => REWRITES.reduce((t, [from, to]) => t.split(from).join(to), text);

function copyDir(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = `${from}/${entry.name}`;
    if (entry.isDirectory()) copyDir(source, `${to}/${entry.name}`);
    else if (/\.(js|html|css)$/.test(entry.name) && entry.name !== 'datasets.json')
      writeFileSync(`${to}/${entry.name}`, rewrite(readFileSync(source, 'utf8')));
  }
}
copyDir('demo/builder', OUT);
cpSync('demo/demo.css', `${OUT}/demo.css`);
cpSync('demo/favicon.svg', `${OUT}/favicon.svg`);
cpSync('demo/themes', `${OUT}/themes`, { recursive: true });
for (const guide of ['ohje.md', 'guide.md']) cpSync(`docs/editors/${guide}`, `${OUT}/${guide}`);
const catalogue = JSON.parse(readFileSync('demo/builder/datasets.json', 'utf8')).map((d) => {
  const name = d.file.split('/').pop();
  cpSync(`packages/datasets/src/${name}`, `${OUT}/data/${name}`);
  return { ...d, file: `./data/${name}` };
});
writeFileSync(`${OUT}/datasets.json`, JSON.stringify(catalogue, null, 2) + '\n');
