import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEventFile } from '../event-file.js';
import { actionOutputs, fitOutputs, formatOutputFile, formatSummary, unmatchedOutputs, type ActionOutputs } from '../outputs.js';
import { receiveEvent } from '../receive.js';
import { ReceiverError } from '../receiver-error.js';
import { loadWorkflows } from '../workflows.js';
import { escapeData, oneLine, withoutCommands } from './commands.js';
import { readActionConfig, type ActionConfig, type ActionEnv } from './inputs.js';

/** Where the Action writes its log lines (injectable for tests). */
export interface ActionIo {
  log: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

function writeOutputs(config: ActionConfig, outputs: ActionOutputs, io: ActionIo): void {
  if (config.outputFile) appendFileSync(config.outputFile, formatOutputFile(outputs));
  else io.log(withoutCommands(`GITHUB_OUTPUT is not set; outputs:\n${JSON.stringify(outputs, null, 2)}`));
}

function unmatched(config: ActionConfig, reason: string, io: ActionIo): number {
  writeOutputs(config, unmatchedOutputs(reason), io);
  return finishUnmatched(config, reason, io);
}

function finishUnmatched(config: ActionConfig, reason: string, io: ActionIo): number {
  if (config.failOnUnmatched) {
    io.log(`::error::${escapeData(reason)}`);
    return 1;
  }
  io.log(`::warning::${escapeData(reason)}`);
  return 0;
}

/**
 * The Action: reads the `repository_dispatch` or `workflow_dispatch` event, routes it to its trigger, and writes the
 * outputs, the raw body file and the job summary. Resolves with the process exit code.
 */
export async function run(env: ActionEnv = process.env, io: ActionIo = { log: (line) => console.log(line) }): Promise<number> {
  try {
    const config = readActionConfig(env, process.cwd(), tmpdir());
    if (config.eventName && config.eventName !== 'repository_dispatch' && config.eventName !== 'workflow_dispatch') {
      return unmatched(config, `this job was started by ${config.eventName}, not repository_dispatch or workflow_dispatch`, io);
    }
    const { event, readBlob } = loadEventFile(config.eventPath, {
      apiUrl: config.apiUrl,
      repository: config.repository,
      token: config.githubToken,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    // event-type names a repository_dispatch event_type; a workflow_dispatch run has none.
    if (config.eventType && config.eventName !== 'workflow_dispatch' && event.action !== config.eventType) {
      // Never String() a value from the event: a deeply nested array overflows the stack.
      const action = typeof event.action === 'string' ? `"${event.action}"` : `of type ${Array.isArray(event.action) ? 'array' : typeof event.action}`;
      return unmatched(config, `event type ${action} is not "${config.eventType}"`, io);
    }
    const result = await receiveEvent(event, {
      workflows: loadWorkflows(config.workflowsDir),
      secrets: config.secrets,
      readBlob,
      // A script's helpers.log line starts with the workflow file's name, never with `::`.
      log: (line) => io.log(oneLine(line)),
    });
    for (const warning of [...(result.request.warnings ?? []), ...(result.warnings ?? [])]) io.log(`::warning::${escapeData(warning)}`);
    let bodyFile = '';
    if (result.request.rawBody.length > 0) {
      // A fresh folder per run, named by mkdtemp and never by the payload: an id such as
      // `../x` or 300 characters long cannot leave RUNNER_TEMP or fail the write, and two
      // deliveries in one job cannot overwrite each other's body.
      mkdirSync(config.tempDir, { recursive: true });
      bodyFile = join(mkdtempSync(join(config.tempDir, 'webhook2github-')), 'body');
      writeFileSync(bodyFile, result.request.rawBody);
    }
    const outputs = actionOutputs(result, bodyFile);
    for (const name of fitOutputs(outputs)) {
      io.log(`::warning::output ${name} is over GitHub's 1 MB limit and was left empty; read the body from body-file`);
    }
    writeOutputs(config, outputs, io);
    if (config.summaryFile) appendFileSync(config.summaryFile, formatSummary(result));
    if (!result.matched) return finishUnmatched(config, result.reason ?? 'no route', io);
    io.log(oneLine(`webhook2github: ${result.workflow} → ${result.trigger}: ${result.items.length} item(s)`));
    if (result.reason) io.log(`::notice::${escapeData(result.reason)}`);
    return 0;
  } catch (err) {
    const message = err instanceof ReceiverError ? err.message : `webhook2github failed: ${(err as Error).stack ?? String(err)}`;
    io.log(`::error::${escapeData(message)}`);
    return 1;
  }
}
