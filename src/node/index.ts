/** Programmatic entry for Node: start the relay in-process. */
export { startNodeRelay, type RunningRelay } from './server.js';
export { loadNodeConfig, defaultNodeConfig, type NodeConfig } from './config.js';
export { createApp, type AppPorts } from '../core/app.js';
