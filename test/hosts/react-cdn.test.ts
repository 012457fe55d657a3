// React 19 on a page that loads the kit with the CDN script: at React's first render no element
// code has loaded, yet `data` must reach each element as a property.
import { reactHostSuite } from './react-host.js';

before(async () => {
  await import(/* @vite-ignore */ '/packages/fc-kit/dist/fc-kit.js' as string);
});
reactHostSuite('the CDN loader');
