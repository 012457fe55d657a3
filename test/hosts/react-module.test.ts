// React 19 on a page that imports the kit's modules (an app's bundle).
import '../quality/support/instrument.js';
import '../../packages/fc-kit/src/index.js';
import { counts } from '../quality/support/instrument.js';
import { reactHostSuite } from './react-host.js';

reactHostSuite('module imports', counts);
