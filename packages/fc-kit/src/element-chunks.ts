/**
 * Every tag the kit defines and the module that defines it. The loader imports a module the
 * first time its tag is on the page, so Chart.js loads only with `<fc-survey-chart>`.
 * A sixth element adds one line here and one entry file beside this one.
 */
export const ELEMENT_CHUNKS: Record<string, () => Promise<unknown>> = {
  'fc-data': () => import('./data.js'),
  'fc-survey-chart': () => import('./survey-chart.js'),
  'fc-governance-tree': () => import('./governance-tree.js'),
  'fc-network-house': () => import('./network-house.js'),
  'fc-roadmap': () => import('./roadmap.js'),
};
