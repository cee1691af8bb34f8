import { spawn } from 'node:child_process';
import type { OutputItem } from './types.js';

/** One run of the `--run` command for an item. */
export interface RunJob {
  workflow: string;
  trigger: string;
  item: OutputItem;
}

/**
 * Runs a shell command once per item, one at a time in arrival order, in the background:
 * `enqueue` returns at once so the webhook sender never waits. The command sees
 * `W2G_WORKFLOW`, `W2G_TRIGGER` and `W2G_ITEM` (JSON).
 */
export class DevRunner {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly command: string,
    private readonly log: (line: string) => void,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Queues one run per job. */
  enqueue(jobs: RunJob[]): void {
    for (const job of jobs) this.chain = this.chain.then(() => this.runOne(job));
  }

  /** Resolves when every queued run has finished. */
  idle(): Promise<void> {
    return this.chain;
  }

  private runOne(job: RunJob): Promise<void> {
    return new Promise((done) => {
      const child = spawn(this.command, {
        shell: true,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: {
          ...this.baseEnv,
          W2G_WORKFLOW: job.workflow,
          W2G_TRIGGER: job.trigger,
          W2G_ITEM: JSON.stringify(job.item),
        },
      });
      child.on('error', (err) => {
        this.log(`run: could not start "${this.command}": ${err.message}`);
        done();
      });
      child.on('exit', (code, signal) => {
        if (code !== 0) this.log(`run: "${this.command}" exited with ${signal ?? code} (${job.workflow}/${job.trigger})`);
        done();
      });
    });
  }
}
