/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) against the built
 * relay running as a Node process, with the fake GitHub on loopback: log in; a webhook sent during
 * the test appears live; open it; replay it; build a sealed URL in the page and send a webhook
 * with it; hostile content renders as text; keyboard-only use; an axe-core check. Screenshots and
 * page weights go to test-artifacts/dashboard/.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';
import { launchBrowser, screenshot, weigh, writeArtifact, type PageWeight, type TestBrowser } from '../support/browser.js';

const ADMIN = `admin-${randomBytes(12).toString('hex')}`;
const TOKEN = `ghp_${randomBytes(18).toString('hex')}`;
const SEALING_KEY = randomBytes(32).toString('base64url');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let gh: FakeGitHub;
let relay: NodeRelayHandle;
let browser: TestBrowser;
let page: Page;
const weights: Record<string, PageWeight> = {};
const cspViolations: string[] = [];

/** Sends a webhook to the relay from the test (not from the page). */
async function send(path: string, init: { body?: string; headers?: Record<string, string>; query?: string } = {}): Promise<string> {
  const res = await fetch(`${relay.url}${path}?__token=${TOKEN}${init.query ?? ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body ?? '{}',
  });
  expect(res.status).toBeLessThan(300);
  return res.headers.get('x-webhook2github-delivery')!;
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does not govern). */
async function axe(p: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await p.evaluate(axeSource);
  const result = await p.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return result;
}

/** Loads `url` with the cache off and records the bytes of HTML, CSS and JS it took. */
async function weighPage(name: string, url: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const w = weigh(page);
  await page.goto(url);
  await page.waitForLoadState('load');
  weights[name] = await w.stop();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
}

beforeAll(async () => {
  gh = await startFakeGitHub();
  relay = await startNodeRelay({
    githubApiUrl: gh.url,
    env: { W2G_ADMIN_TOKEN: ADMIN, W2G_SEALING_KEYS: SEALING_KEY, W2G_LOG_LEVEL: 'warn', W2G_DISPATCH_RATE: '0' },
  });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  expect(await relay?.stop()).toBe(0);
  await gh?.close();
  writeArtifact('page-weight.json', weights);
});

describe('dashboard in Chromium', () => {
  it('sends a visitor without a session to the login page, and logs in with the admin token into an HttpOnly, SameSite=Strict session', async () => {
    await page.goto(`${relay.url}/_/`);
    expect(new URL(page.url()).pathname).toBe('/_/login');
    await screenshot(page, 'login');
    await page.fill('#admin-token', 'not-the-token');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[role=alert]')).toContain('not the admin token');
    expect((await page.context().cookies()).filter((c) => c.name === 'w2g_session')).toEqual([]);
    await page.fill('#admin-token', ADMIN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${relay.url}/_/`);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'w2g_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/_/' });
    expect(cookie!.value).not.toContain(ADMIN);
    // The script cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('w2g_session');
  });

  it('shows a webhook sent now without a reload, opens it with every attempt, and replays it with a token given in the page', async () => {
    await page.goto(`${relay.url}/_/`);
    await page.waitForFunction(() => document.body.getAttribute('data-connected') === 'yes');
    // A marker that a reload or navigation would wipe.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    gh.fail(1, 502);
    const id = await send('/octo/bot/hooks/stripe', {
      body: '{"type":"charge.succeeded","amount":1999,"currency":"eur","note":"grüße"}',
      headers: { 'stripe-signature': 't=1,v1=abc' },
    });
    const row = page.locator(`tr[data-id="${id}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('delivered');
    expect(await row.textContent()).toContain('stripe');
    await screenshot(page, 'list');

    await row.locator('a').click();
    await page.waitForURL(`${relay.url}/_/d/${id}`);
    const attempts = page.locator('#timeline ol.timeline > li');
    await expect.poll(() => attempts.count()).toBe(2);
    const first = gh.requests.find((r) => r.status === 502)!;
    const second = gh.requests.find((r) => r.status === 204)!;
    expect(await attempts.nth(0).textContent()).toContain('GitHub HTTP 502');
    expect(await attempts.nth(0).textContent()).toContain(first.responseHeaders!['x-github-request-id']);
    expect(await attempts.nth(1).textContent()).toContain('GitHub HTTP 204');
    expect(await attempts.nth(1).textContent()).toContain(second.responseHeaders!['x-github-request-id']);
    expect(await page.textContent('#body-json')).toContain('"amount": 1999');
    expect(await page.textContent('#body-raw')).toBe('{"type":"charge.succeeded","amount":1999,"currency":"eur","note":"grüße"}');
    expect(await page.textContent('#sent')).toContain(`"id": "${id}"`);
    const curl = (await page.textContent('#curl'))!;
    expect(curl).toContain('__token=REDACTED');
    expect(curl).not.toContain(TOKEN);
    expect(await page.content()).not.toContain(TOKEN);
    await screenshot(page, 'detail');

    const before = gh.dispatches.length;
    await page.fill('#replay-token', 'ghp_ReplayTokenFromThePage');
    await page.click('section[aria-labelledby=replay-title] button[type=submit]');
    await page.waitForURL((u) => u.pathname.startsWith('/_/d/') && !u.pathname.endsWith(id));
    const replayId = decodeURIComponent(new URL(page.url()).pathname.slice('/_/d/'.length));
    expect(await page.textContent('[role=status]')).toContain('Replayed: GitHub took it');
    expect(await page.locator('#timeline ol.timeline > li').count()).toBe(1);
    expect(await page.textContent('#timeline')).toContain('GitHub HTTP 204');
    expect(await page.locator(`a[href="/_/d/${id}"]`).count()).toBe(1);
    expect(gh.dispatches.length).toBe(before + 1);
    const replayed = gh.dispatches.at(-1)!;
    expect(replayed.authorization).toBe('token ghp_ReplayTokenFromThePage');
    expect(replayed.body.client_payload).toMatchObject({ id: replayId, replay_of: id });
  });

  it('updates a delivery page live while GitHub is failing and then recovers', async () => {
    // GitHub asks for 3 s: the page is open before the retry.
    gh.answer(1, { status: 503, headers: { 'retry-after': '3' } });
    const id = await send('/octo/bot/slow');
    await page.goto(`${relay.url}/_/d/${id}`);
    await page.waitForFunction(() => document.body.getAttribute('data-connected') === 'yes');
    expect(await page.locator('#timeline ol.timeline > li').count()).toBe(1);
    expect(await page.textContent('#timeline')).toContain('GitHub HTTP 503');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    await expect.poll(() => page.locator('#timeline ol.timeline > li').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.textContent('#timeline')).toContain('delivered');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  });

  it('builds a sealed hook URL in the page, and a webhook sent with it is dispatched with its claims', async () => {
    await page.goto(`${relay.url}/_/hook-url`);
    await page.fill('#h-repo', 'octo/bot');
    await page.fill('#h-path', '/hooks/typeform');
    await page.fill('#h-event', 'form-answer');
    await page.selectOption('#h-expires', '7d');
    await page.fill('#h-token', 'ghp_SealedInThePage0123');
    await page.click('form[action="/_/hook-url"] button[type=submit]');
    const url = await page.inputValue('#sealed-url');
    expect(url).toMatch(new RegExp(`^${relay.url}/octo/bot/hooks/typeform\\?__token=w2g_[A-Za-z0-9_-]+$`));
    expect(await page.content()).not.toContain('ghp_SealedInThePage0123');
    expect(await page.textContent('#test-curl')).toContain(url);
    await screenshot(page, 'hook-url');

    const before = gh.dispatches.length;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"form_response":{"answers":[]}}' });
    expect(res.status).toBe(200);
    expect(gh.dispatches.length).toBe(before + 1);
    const d = gh.dispatches.at(-1)!;
    expect(d.authorization).toBe('token ghp_SealedInThePage0123');
    expect(d.body.event_type).toBe('form-answer');
    // Outside the sealed path prefix, the same URL's token is refused.
    const outside = await fetch(url.replace('/hooks/typeform', '/elsewhere'), { method: 'POST', body: '{}' });
    expect(outside.status).toBeGreaterThanOrEqual(400);
    expect(outside.status).toBeLessThan(500);
  });

  it('shows hostile webhook content as text: no script runs, no element is injected, the CSP is never needed', async () => {
    const hostile = `<script>window.pwned=1</script>"><img src=x onerror="window.pwned=2"><svg onload="window.pwned=3">'-alert(1)-'`;
    const id = await send('/octo/bot/evil', {
      body: JSON.stringify({ text: hostile }),
      headers: { 'x-evil': `"><img src=x onerror="window.pwned=4">` },
      query: `&__event_type=${encodeURIComponent('<img src=x onerror=window.pwned=5>')}`,
    });
    const raw = await send('/octo/bot/evil-raw', { body: hostile, headers: { 'content-type': 'text/html' } });
    await page.goto(`${relay.url}/_/`);
    await page.locator(`tr[data-id="${id}"]`).waitFor();
    for (const target of [`/_/`, `/_/d/${id}`, `/_/d/${raw}`]) {
      await page.goto(`${relay.url}${target}`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload], main script, main img, main svg:not(#chart svg)').length)).toBe(0);
    }
    expect(await page.textContent('#body-raw')).toBe(hostile);
    await page.goto(`${relay.url}/_/d/${id}`);
    expect(await page.textContent('main')).toContain('"><img src=x onerror="window.pwned=4">');
    expect(await page.textContent('#timeline')).toBeTruthy();
    expect(await page.textContent('dl.facts')).toContain('<img src=x onerror=window.pwned=5>');
    // Escaping alone kept it inert: the policy never had to block anything.
    expect(cspViolations).toEqual([]);
  });

  it('can be used with the keyboard alone: skip link, filters, a delivery, replay form', async () => {
    const id = await send('/octo/keys/hook', { body: '{"k":1}' });
    await page.goto(`${relay.url}/_/?repo=octo/keys`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab through the page until the delivery's link has focus; every stop must show focus.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => ({
        href: (document.activeElement as HTMLAnchorElement | null)?.href ?? '',
        outline: getComputedStyle(document.activeElement!).outlineStyle,
        what: document.activeElement!.outerHTML.slice(0, 80),
      }));
      expect(focus.outline, focus.what).not.toBe('none');
      found = focus.href.endsWith(`/_/d/${id}`);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${relay.url}/_/d/${id}`);
    // The replay token field is reachable too.
    let onToken = false;
    for (let i = 0; i < 60 && !onToken; i++) {
      await page.keyboard.press('Tab');
      onToken = (await page.evaluate(() => document.activeElement?.id)) === 'replay-token';
    }
    expect(onToken).toBe(true);
  });

  it('has no serious or critical accessibility violations (axe-core) on any page', async () => {
    const id = await send('/octo/bot/a11y', { body: '{"ok":true}' });
    const results: Record<string, { id: string; impact: string; nodes: number }[]> = {};
    for (const [name, path] of [
      ['list', '/_/'],
      ['detail', `/_/d/${id}`],
      ['hook-url', '/_/hook-url'],
    ] as const) {
      await page.goto(`${relay.url}${path}`);
      results[name] = await axe(page);
    }
    const serious = Object.entries(results).flatMap(([name, v]) =>
      v.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${name}: ${x.id}`),
    );
    writeArtifact('axe.json', results);
    expect(serious).toEqual([]);
  });

  it('is readable on a phone (no horizontal scrolling on list and detail), and reports page weight', async () => {
    const id = await send('/octo/bot/phone', { body: '{"from":"a phone test"}' });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, path] of [
      ['phone-list', '/_/'],
      ['phone-detail', `/_/d/${id}`],
    ] as const) {
      await page.goto(`${relay.url}${path}`);
      const overflow = await page.evaluate(() => ({
        px: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => e.outerHTML.slice(0, 60))
          .slice(0, 5),
      }));
      expect(overflow.px, JSON.stringify(overflow.wide)).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 1100, height: 760 });
    await weighPage('list', `${relay.url}/_/`);
    await weighPage('detail', `${relay.url}/_/d/${id}`);
    await weighPage('hook-url', `${relay.url}/_/hook-url`);
    await page.context().clearCookies();
    await weighPage('login', `${relay.url}/_/login`);
    // The login page, logged out, passes the same accessibility check.
    expect((await axe(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')).toEqual([]);
    for (const w of Object.values(weights)) {
      expect(w.css).toBeGreaterThan(0);
      expect(w.js).toBeGreaterThan(0);
      // Small pages: no framework, no build.
      expect(w.html + w.css + w.js).toBeLessThan(100_000);
    }
    console.log('page weight (bytes):', JSON.stringify(weights));
  });
});
