export { FcRoadmap } from './roadmap.js';
