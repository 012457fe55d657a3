// Loads the page module named in ?page=, so one HTML file serves every benchmark page.
const page = new URLSearchParams(location.search).get('page');
import(`/__bench/${page}.js`).then(
  () => (window.benchReady = true),
  (e) => (window.benchFailed = String(e?.stack ?? e)),
);
