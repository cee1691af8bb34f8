/**
 * The runtime-neutral core (`webhook2github/core`): the relay as a Web-standard fetch app, its one
 * error type, its config and the ports a runtime supplies. Web APIs only, so it runs on any host.
 */
export { createApp, type AppPorts } from './app.js';
export { RelayError, errorBody, DOCUMENTATION_PATH } from './errors.js';
export { DEFAULT_GITHUB_API_URL, defaultRelayConfig, parseDuration, type RelayConfig } from './config.js';
export {
  HttpFailure,
  silentLogger,
  systemClock,
  type Clock,
  type HttpClient,
  type HttpFailureKind,
  type HttpRequest,
  type HttpResponse,
  type Logger,
} from './ports.js';
