import { isAbsolute, resolve } from 'node:path';
import { ReceiverError } from '../receiver-error.js';
import { parseSecrets } from '../secrets.js';

/** The environment as the runner passes it (`INPUT_<NAME>`, `GITHUB_*`, `RUNNER_TEMP`). */
export type ActionEnv = Record<string, string | undefined>;

/** The Action's settings, read and validated once. */
export interface ActionConfig {
  workflowsDir: string;
  /** Only handle this `event_type` (the event's `action`); empty accepts any. */
  eventType: string;
  secrets: Record<string, string>;
  githubToken: string;
  failOnUnmatched: boolean;
  eventName: string;
  eventPath: string;
  outputFile: string;
  summaryFile: string;
  /** `GITHUB_API_URL`; empty means `https://api.github.com` (see loadEventFile). */
  apiUrl: string;
  repository: string;
  tempDir: string;
}

/** Reads an input the way the runner names it: `INPUT_` + upper case, spaces → `_`, hyphens kept. */
export function getInput(env: ActionEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function booleanInput(env: ActionEnv, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ReceiverError(`input ${name} must be true or false, got "${value}"`);
}

/** Builds the config from the runner's environment; a wrong setting throws, naming it. */
export function readActionConfig(env: ActionEnv, cwd: string, tmp: string): ActionConfig {
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const dir = getInput(env, 'workflows') || 'workflows';
  return {
    workflowsDir: isAbsolute(dir) ? dir : resolve(workspace, dir),
    eventType: getInput(env, 'event-type'),
    secrets: parseSecrets(getInput(env, 'secrets'), 'input secrets'),
    githubToken: getInput(env, 'github-token'),
    failOnUnmatched: booleanInput(env, 'fail-on-unmatched', false),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    outputFile: env.GITHUB_OUTPUT ?? '',
    summaryFile: env.GITHUB_STEP_SUMMARY ?? '',
    apiUrl: env.GITHUB_API_URL ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    tempDir: env.RUNNER_TEMP || tmp,
  };
}
