import type { Command } from 'commander';

/** Registers `webhook2github receive` (placeholder until the receiver lands). */
export function registerReceive(program: Command): void {
  program.command('receive').description('(not yet available)').action(() => {
    throw new Error('receive is not implemented yet');
  });
}
