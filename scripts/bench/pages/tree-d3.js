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
    if (params.get('expand') === 'all') chart.initialExpandLevel(999);
    chart.render();
  },
  count: () => host.querySelectorAll('.node').length,
});
