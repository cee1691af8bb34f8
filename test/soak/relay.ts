/**
 * Starts the built Node relay (`node bin/webhook2github.js serve`) for the soak test and keeps what
 * the shared helper (test/support/relay-process.ts) does not expose: the child's pid (to read its
 * resident memory from /proc) and the loopback port (for raw TCP traffic).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:(\d+))/;

export interface SoakRelay {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Every line the relay printed (stdout and stderr; log lines are JSON). */
  readonly lines: string[];
  /** Whether the process is still running. */
  alive(): boolean;
  /** Resident set size of the relay process in KiB (VmRSS), or undefined once it is gone. */
  rssKiB(): number | undefined;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed by a signal). */
  stop(graceMs?: number): Promise<number | null>;
}

/** Spawns the relay on 127.0.0.1 (any free port) with a fresh outbox; `env` sets its W2G_* settings. */
export async function startSoakRelay(opts: { githubApiUrl: string; env?: Record<string, string>; startTimeoutMs?: number }): Promise<SoakRelay> {
  const dir = mkdtempSync(join(tmpdir(), 'w2g-soak-'));
  const child = spawn(
    process.execPath,
    // SOAK_RELAY_BIN: another build of the same CLI (e.g. an older commit's, to see the test catch what it fixed).
    [
      process.env.SOAK_RELAY_BIN ?? join(ROOT, 'bin', 'webhook2github.js'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--github-api-url',
      opts.githubApiUrl,
    ],
    {
      cwd: ROOT,
      env: { ...(process.env as Record<string, string>), W2G_DB: join(dir, 'outbox.db'), ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  void exited.then(() => rmSync(dir, { recursive: true, force: true }));

  const address = await new Promise<{ url: string; port: number }>((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`relay did not print "listening on" in time:\n${lines.join('\n')}`));
    }, opts.startTimeoutMs ?? 15_000);
    const onLine = (line: string): void => {
      lines.push(line);
      const m = LISTENING.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) {
        clearTimeout(timer);
        resolveStart({ url: m[1], port: Number(m[2]) });
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited (${code}) before listening:\n${lines.join('\n')}`));
    });
  });

  const pid = child.pid;
  if (pid === undefined) throw new Error('relay process has no pid');
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    ...address,
    pid,
    lines,
    alive,
    rssKiB: () => {
      if (!alive()) return undefined;
      try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m?.[1] === undefined ? undefined : Number(m[1]);
      } catch {
        return undefined;
      }
    },
    stop: async (graceMs = 5000) => {
      if (!alive()) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
