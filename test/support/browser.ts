/**
 * A real browser for tests: Debian's Chromium (`apt-get install chromium`, as .ci/run does)
 * driven by playwright-core, headless, with a fresh profile and nothing that reaches the network
 * on its own. Screenshots and page weights are written under test-artifacts/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Folder of this run's artefacts (screenshots, page weights). */
export const ARTIFACTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'dashboard');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with its own profile, closed and removed by `close`. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh `--user-data-dir` (a persistent context owns its profile folder). */
export async function launchBrowser(opts: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'w2g-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: opts.viewport ?? { width: 1100, height: 760 },
    // Every request the page makes must go to the relay on loopback.
    serviceWorkers: 'block',
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page as test-artifacts/dashboard/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Bytes of HTML, CSS and JS a page loaded (each response's body as received). */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/** Records the bytes of each kind of response the page receives from now on. */
export function weigh(page: Page): { stop(): Promise<PageWeight> } {
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { html: 0, css: 0, js: 0 };
  const onResponse = (res: import('playwright-core').Response) => {
    const kind = res.request().resourceType();
    const key = kind === 'document' ? 'html' : kind === 'stylesheet' ? 'css' : kind === 'script' ? 'js' : undefined;
    if (!key || res.status() === 304) return;
    pending.push(
      res
        .body()
        .then((b) => {
          weight[key] += b.length;
        })
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  return {
    async stop() {
      page.off('response', onResponse);
      await Promise.all(pending);
      return weight;
    },
  };
}

/** Writes a JSON artefact. */
export function writeArtifact(name: string, value: unknown): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}
