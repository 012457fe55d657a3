export { FcNetworkHouse } from './network-house.js';
