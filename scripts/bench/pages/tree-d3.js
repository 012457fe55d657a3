import { OrgChart } from 'd3-org-chart';
import { expose, host, params } from './harness.js';
import { flat } from './tree-data.js';

const data = flat();
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

expose({
  render() {
    const chart = new OrgChart()
      .container(host)
      .data(data)
      .nodeWidth(() => 220)
      .nodeHeight(() => 80)
      .nodeContent((d) => `<div class="box">${escape(d.data.name)}</div>`);
    // d3-org-chart counts the root as level 0: n generations are initialExpandLevel(n - 1).
    const expand = params.get('expand');
    if (expand) chart.initialExpandLevel(expand === 'all' ? 999 : Number(expand) - 1);
    chart.render();
  },
  count: () => host.querySelectorAll('.node').length,
});
