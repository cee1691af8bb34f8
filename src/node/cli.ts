/**
 * `webhook2github` command line. Each subcommand lives in `commands/<name>.ts` and registers
 * itself on the commander program; this file only wires them together.
 */
import { Command, CommanderError } from 'commander';
import { registerServe } from './commands/serve.js';
import { registerReceive } from './commands/receive.js';
import { registerDev } from './commands/dev.js';
import { registerDeliveries } from './commands/deliveries.js';

/** Builds the CLI program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command('webhook2github')
    .description('Turn any webhook into a GitHub Actions run')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerReceive(program);
  registerDev(program);
  registerDeliveries(program);
  return program;
}

/** Runs the CLI; resolves with the exit code for commands that finish. */
export async function main(argv: string[]): Promise<number | undefined> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    throw err;
  }
  return undefined;
}
