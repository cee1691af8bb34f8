/**
 * The Node entry (`webhook2github`): start the relay in-process, or build its fetch app yourself.
 * `createRelay` is the core's `createApp` (also at `webhook2github/core`) under the name this entry uses.
 */
export { startNodeRelay, type RunningRelay } from './server.js';
export { loadNodeConfig, defaultNodeConfig, type NodeConfig } from './config.js';
export { createApp as createRelay, type AppPorts } from '../core/app.js';
