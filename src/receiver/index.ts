/** The receiver: the Actions side of webhook2github (event → request → trigger → items). */
export { receiveEvent, receiveRequest, type ReceiveOptions, type ReceiveResult } from './receive.js';
export { buildRequest, requestFromEvent, type RequestParts } from './request.js';
export { loadWorkflows, parseWorkflow, type WorkflowFile } from './workflows.js';
export { builtinTriggers } from './triggers/registry.js';
export { startDevServer, type DevServer, type DevServerOptions } from './dev-server.js';
export { receiveFromFiles, resultToJson } from './receive-files.js';
export { ReceiverError } from './receiver-error.js';
export type * from './types.js';
