/**
 * The page shell shared by every dashboard page: head (the one stylesheet and script), the top
 * bar with navigation and logout, a skip link, and the live region that announces updates.
 * Everything is rendered by Hono's JSX, which escapes every text and attribute value.
 */
import type { Child } from 'hono/jsx';
import { ASSETS } from './assets.js';

/** What every page needs to know. */
export interface PageContext {
  /** CSRF token of the session (undefined on the login page). */
  csrf?: string | undefined;
  /** The page in the navigation that is current. */
  current?: 'deliveries' | 'hook-url' | undefined;
}

/** Attributes of <body> that tell the script what to do (data-live, data-id …). */
export type BodyData = Record<`data-${string}`, string>;

/** The whole document. */
export function Layout(props: { title: string; ctx: PageContext; data?: BodyData; children?: Child }) {
  const { ctx } = props;
  const nav = (key: PageContext['current'], href: string, label: string) => (
    <li>
      <a href={href} aria-current={ctx.current === key ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${props.title} · webhook2github`}</title>
        <link rel="stylesheet" href={`/_/assets/${ASSETS.css.name}`} />
        <script src={`/_/assets/${ASSETS.js.name}`} defer></script>
      </head>
      <body {...(props.data ?? {})}>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a class="brand" href="/_/">
            webhook2github
          </a>
          {ctx.csrf !== undefined && (
            <nav aria-label="Dashboard">
              <ul>
                {nav('deliveries', '/_/', 'Deliveries')}
                {nav('hook-url', '/_/hook-url', 'Hook URL builder')}
              </ul>
            </nav>
          )}
          {ctx.csrf !== undefined && (
            <form method="post" action="/_/logout">
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <button type="submit">Log out</button>
            </form>
          )}
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <p id="live-status" class="visually-hidden" role="status" aria-live="polite"></p>
      </body>
    </html>
  );
}

/** A page as the document sent: the doctype, then the escaped markup. */
export const documentOf = (el: unknown): string => `<!doctype html>${String(el)}`;

/** A status word with its colour (and the word itself, so colour is never the only cue). */
export function StatusBadge(props: { status: string }) {
  return <span class={`badge s-${props.status}`}>{props.status}</span>;
}

/** A time as ISO 8601 in a <time> element. */
export function Time(props: { ms: number | null }) {
  if (props.ms === null) return <span>—</span>;
  const iso = new Date(props.ms).toISOString();
  return <time datetime={iso}>{iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>;
}

/** Shown when the page has something to tell (the result of a form, a wrong filter). */
export function Notice(props: { kind?: 'info' | 'error'; children?: Child }) {
  return (
    <div class={`notice${props.kind === 'error' ? ' error' : ''}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
