/**
 * The client's address of a request to the Node relay. Without trusted proxies it is the peer's
 * address. Behind reverse proxies named in W2G_TRUST_PROXY it is the nearest address in
 * `X-Forwarded-For` that is not one of them (read from the right, and only while the peer itself
 * is trusted), so a client cannot pick its own address by sending the header. proxy-addr is the
 * rule Express uses: https://github.com/jshttp/proxy-addr#proxyaddrreq-trust
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';

/** What W2G_TRUST_PROXY accepts, for error messages. */
export const TRUST_PROXY_EXPECT = 'false, or a comma list of proxy addresses and ranges (10.0.0.2, 172.16.0.0/12, ::1) or loopback, linklocal, uniquelocal';

/**
 * Parses W2G_TRUST_PROXY: `false` (trust none) or a comma list of addresses, CIDR ranges and the
 * names `loopback`, `linklocal`, `uniquelocal`. Undefined when any entry is not one of those.
 */
export function parseTrustProxy(value: string): readonly string[] | undefined {
  const trimmed = value.trim();
  if (trimmed === 'false' || trimmed === 'none') return [];
  const entries = trimmed
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (entries.length === 0) return undefined;
  try {
    proxyaddr.compile(entries);
  } catch {
    return undefined;
  }
  return entries;
}

/** The client address of a Hono request served by @hono/node-server (`c.env.incoming`), or undefined off Node. */
export type ClientAddress = (c: Context) => string | undefined;

/** Builds the lookup for a trust list (empty: the peer's address, X-Forwarded-For ignored). */
export function createClientAddress(trust: readonly string[]): ClientAddress {
  const trusted = proxyaddr.compile([...trust]);
  return (c) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming?.socket) return undefined;
    if (trust.length === 0) return incoming.socket.remoteAddress;
    return proxyaddr(incoming, trusted);
  };
}
