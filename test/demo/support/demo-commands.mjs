// Server commands for the demo tests: what a page cannot do itself. `fc-demo-write-page` writes an
// HTML file under test-results/demo-pages/ that the test server then serves as a static file, as a
// new user's blank page with a pasted snippet would be served by any web server.
import { mkdirSync, writeFileSync } from 'node:fs';

const DIR = 'test-results/demo-pages';

export function demoCommands() {
  return {
    name: 'fc-demo-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'fc-demo-write-page') return undefined;
      const { name, html } = payload;
      if (!/^[a-z0-9-]{1,60}$/.test(name) || typeof html !== 'string') throw new Error(`fc-demo-write-page: bad name ${name}`);
      mkdirSync(DIR, { recursive: true });
      writeFileSync(`${DIR}/${name}.html`, html);
      return `/${DIR}/${name}.html`;
    },
  };
}
