/**
 * The command line as a user meets it: one loader for every command's settings, `--version`,
 * defaults in `--help`, one line and a hint for a mistyped option, validated values.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'w2g-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, W2G_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('webhook2github CLI', () => {
  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('an unknown option gets a short error with a suggestion, not the whole help', () => {
    const r = cli('serve', '--prot', '9000');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option '--prot'/);
    expect(r.stderr).toMatch(/Did you mean --port\?/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(r.stderr).not.toMatch(/--github-api-url/);
  });

  it('--help shows each default and its variable', () => {
    const r = cli('serve', '--help');
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--port <port> .*default: 8787; env PORT/);
    expect(help).toMatch(/default: https:\/\/api\.github\.com; env GITHUB_API_URL/);
    expect(help).toMatch(/--max-body <value> .*default: 26214400 \(25 MB\); env W2G_MAX_BODY/);
    expect(help).not.toMatch(/<value>\s+(?:\(|$)/);
  });

  it('every command takes the same setting with the same flag, variable and validation', () => {
    for (const sub of [['serve'], ['deliveries', 'list'], ['deliveries', 'show', 'x'], ['deliveries', 'purge']]) {
      const bad = cli(...sub, '--db', '');
      expect(bad.code, sub.join(' ')).toBe(1);
      expect(bad.stderr).toMatch(/Invalid --db "": expected a file path \(flag --db, env W2G_DB\)/);
    }
    const help = cli('deliveries', 'replay', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--github-api-url <url> .*env GITHUB_API_URL/);
    expect(help).not.toMatch(/--token/);
  });

  it.each([
    [['--limit', 'abc'], /--limit must be a whole number/],
    [['--limit', '-5'], /--limit must be a whole number|unknown option|--limit must be from/],
    [['--limit', '0'], /--limit must be from 1 to 1000/],
    [['--repo', 'octo'], /--repo must be owner\/name/],
    [['--status', 'gone'], /--status must be one of/],
  ])('deliveries list %j is refused with a message naming the flag', (args, message) => {
    writeFileSync(join(dir, 'outbox.db'), '');
    const r = cli('deliveries', 'list', '--db', join(dir, 'outbox.db'), ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
