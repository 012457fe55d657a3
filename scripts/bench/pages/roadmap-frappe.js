import Gantt from 'frappe-gantt';
import { expose, host } from './harness.js';
import { tasks } from './roadmap-data.js';

const list = tasks();

expose({
  render() {
    const svg = document.createElement('div');
    host.append(svg);
    new Gantt(svg, list, { view_mode: 'Month', readonly: true });
  },
  count: () => host.querySelectorAll('.bar-wrapper').length,
});
