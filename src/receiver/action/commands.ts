import { randomBytes } from 'node:crypto';

/**
 * Escapes a workflow command's message, so payload text inside it cannot end the line and start
 * a command of its own. https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A plain log line: line breaks become spaces, so no part of the text starts a line of its own. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * Wraps text in `::stop-commands::<token>` … `::<token>::` with a random token it does not
 * contain, so the runner reads none of its lines as a workflow command.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands
 */
export function withoutCommands(text: string): string {
  let token = randomBytes(16).toString('hex');
  while (text.includes(token)) token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
