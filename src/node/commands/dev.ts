import type { Command } from 'commander';

/** Registers `webhook2github dev` (placeholder until the receiver lands). */
export function registerDev(program: Command): void {
  program.command('dev').description('(not yet available)').action(() => {
    throw new Error('dev is not implemented yet');
  });
}
