/**
 * Hostile HTTP/1.1 traffic for the soak test: a seeded generator of malformed and odd requests as
 * raw bytes, and a raw TCP sender for 127.0.0.1. Same seed, same requests in the same order.
 */
import { connect } from 'node:net';

/** A small seeded PRNG (xorshift32); `next()` is uniform in [0, 1). */
export class Rng {
  private x: number;
  constructor(seed: number) {
    this.x = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let x = this.x;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.x = x;
    return x / 0x1_0000_0000;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** `n` characters from `alphabet`. */
  chars(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
}

/** One hostile request: bytes written in pieces, then the socket is half-closed or held open. */
export interface RawRequest {
  kind: string;
  chunks: Buffer[];
  /** Pause between chunks (slow senders). */
  pauseMs: number;
  /** Send FIN after the last chunk (the server may then drop its answer). */
  halfClose: boolean;
  /** How long to wait for answers before closing the connection. */
  holdMs: number;
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const CRLF = '\r\n';

/** Owner/repo pairs junk is sent to: valid names (accepted and dispatched) and invalid ones. Never the good webhooks' owner. */
const OWNERS = ['acme', 'scanner', 'o-o', 'X', 'a'.repeat(39), '-bad', 'bad-', 'a--b', 'a'.repeat(40), '%61cme', 'acme%00', '..', ''];
const REPOS = ['r', 'repo.git', 'hooks', '.', '..', 'x'.repeat(100), 'x'.repeat(101), 'r%2Fr', 'r%00', 'r\u00e9'];

/**
 * Tokens as a fuzzer would send them in `__token`: ordinary ones, and percent-escapes that decode
 * to characters no HTTP header value may hold (control characters, DEL, code points above U+00FF),
 * broken escapes, huge and empty values. Raw strings, already in URL form.
 */
function junkToken(r: Rng): string {
  const base = `ghp_${r.chars(r.between(4, 36))}`;
  switch (r.int(12)) {
    case 0:
      return `${base.slice(0, 6)}%0A${base.slice(6)}`;
    case 1:
      return `${base}%00x`;
    case 2:
      return `tok%E2%82%AC${r.chars(4)}`;
    case 3:
      return `a%7Fb${r.chars(3)}`;
    case 4:
      return `x%0D%0AX-Injected:%201${r.chars(2)}`;
    case 5:
      return `%zz${r.chars(5)}%`;
    case 6:
      return `%E0%A4%A${r.chars(3)}`;
    case 7:
      return r.chars(r.between(3000, 6000));
    case 8:
      return '';
    case 9:
      return `token+${r.chars(10)}`;
    default:
      return base;
  }
}

function target(r: Rng, opts: { badPath?: boolean } = {}): string {
  const owner = r.chance(0.75) ? r.pick(OWNERS.slice(0, 5)) : r.pick(OWNERS);
  const repo = r.chance(0.75) ? r.pick(REPOS.slice(0, 3)) : r.pick(REPOS);
  let path = r.pick(['', '/', '/hook', '/a/b/c', `/${r.chars(8)}`, '/%2e%2e/%2e%2e/etc/passwd', '/x;y=z', '/x#frag']);
  if (opts.badPath) path += r.pick(['/%zz', '/%', '/%ff%fe', '/%E0%A4%A', '/%00', '/%25%', '/%C0%AF', '/%uD83D', '/%%%']);
  const query = [`__token=${junkToken(r)}`];
  if (r.chance(0.3))
    query.push(
      r.pick([
        'a=1',
        'a=%',
        'b=%zz',
        '__event_type=',
        `__event_type=${r.chars(120)}`,
        '__response_code=999',
        '__response_code=abc',
        '__response_content_type=text/html%0D%0AX:1',
        'x=%E2%82%AC',
      ]),
    );
  if (r.chance(0.2)) query.reverse();
  return `/${owner}/${repo}${path}?${query.join('&')}`;
}

function head(method: string, path: string, headers: [string, string][], version = 'HTTP/1.1'): string {
  return `${method} ${path} ${version}${CRLF}${headers.map(([k, v]) => `${k}: ${v}${CRLF}`).join('')}${CRLF}`;
}

function jsonBody(r: Rng): string {
  return JSON.stringify({ action: r.pick(['opened', 'closed', 'ping']), n: r.int(1e6), text: r.chars(r.between(0, 200)) });
}

type Maker = (r: Rng) => Omit<RawRequest, 'kind' | 'pauseMs' | 'halfClose' | 'holdMs'> & Partial<Pick<RawRequest, 'pauseMs' | 'halfClose' | 'holdMs'>>;

const MAKERS: Record<string, Maker> = {
  oddMethod: (r) => {
    const method = r.pick(['FOO', 'PROPFIND', 'post', 'M-SEARCH', 'TRACE', 'PRI', 'QUERY', 'PATCH', 'DELETE', 'OPTIONS', 'X'.repeat(300), 'GE T', 'P\x00ST']);
    const body = jsonBody(r);
    const tgt = r.pick([target(r), '*', `http://127.0.0.1${target(r)}`, `//${target(r)}`, 'acme/r']);
    return {
      chunks: [
        latin1(
          head(method, tgt, [
            ['Host', 'relay'],
            ['Content-Type', 'application/json'],
            ['Content-Length', String(body.length)],
          ]) + body,
        ),
      ],
    };
  },
  badPercent: (r) => {
    const body = jsonBody(r);
    return {
      chunks: [
        latin1(
          head('POST', target(r, { badPath: true }), [
            ['Host', 'relay'],
            ['Content-Type', 'application/json'],
            ['Content-Length', String(body.length)],
          ]) + body,
        ),
      ],
    };
  },
  hugeHeaders: (r) => {
    const headers: [string, string][] = [['Host', 'relay']];
    switch (r.int(3)) {
      case 0:
        headers.push(['X-Big', r.chars(r.between(17_000, 40_000))]);
        break;
      case 1:
        for (let i = 0; i < r.between(100, 400); i++) headers.push([`X-H${i}`, r.chars(60)]);
        break;
      default:
        headers.push(['Cookie', r.chars(r.between(8_000, 15_000))]);
    }
    headers.push(['Content-Length', '2']);
    return { chunks: [latin1(`${head('POST', target(r), headers)}{}`)] };
  },
  chunkedJunk: (r) => {
    const h = (extra: [string, string][] = []) =>
      head('POST', target(r), [['Host', 'relay'], ['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked'], ...extra]);
    const variants = [
      () => `${h()}zz\r\nhello\r\n0\r\n\r\n`,
      () => `${h()}5\r\nhel`,
      () => `${h([['Content-Length', '4']])}3\r\nabc\r\n0\r\n\r\n`,
      () =>
        `${head('POST', target(r), [
          ['Host', 'relay'],
          ['Transfer-Encoding', 'gzip, chunked'],
        ])}3\r\n\x1f\x8b\x08\r\n0\r\n\r\n`,
      () => `${h()}ffffffffffffffffff\r\nx\r\n`,
      () => `${h()}4;ext=${r.chars(5000)}\r\nabcd\r\n0\r\n\r\n`,
      () => `${h()}2\r\n{}\r\n0\r\nTrailer: x\r\nX-T: ${r.chars(20_000)}\r\n\r\n`,
      () =>
        `${head('POST', target(r), [
          ['Host', 'relay'],
          ['Transfer-Encoding', 'chunked'],
          ['Transfer-Encoding', 'identity'],
        ])}2\r\n{}\r\n0\r\n\r\n`,
      () => `${h()}2\n{}\n0\n\n`,
    ];
    return { chunks: [latin1(r.pick(variants)())], holdMs: 1500 };
  },
  truncatedBody: (r) => {
    const body = jsonBody(r);
    const declared = body.length + r.between(1, 5000);
    return {
      chunks: [
        latin1(
          head('POST', target(r), [
            ['Host', 'relay'],
            ['Content-Type', 'application/json'],
            ['Content-Length', String(declared)],
          ]) + body,
        ),
      ],
      holdMs: r.between(100, 1200),
      halfClose: r.chance(0.5),
    };
  },
  lengthMismatch: (r) => {
    const body = jsonBody(r);
    const variants: [string, string][][] = [
      [['Content-Length', '2']],
      [
        ['Content-Length', '2'],
        ['Content-Length', '30'],
      ],
      [['Content-Length', '-1']],
      [['Content-Length', '1e3']],
      [['Content-Length', ' 12 ']],
      [['Content-Length', '0x10']],
      [['Content-Length', '99999999999999999999']],
      [
        ['Content-Length', String(body.length + 1)],
        ['Connection', 'close'],
      ],
    ];
    return { chunks: [latin1(head('POST', target(r), [['Host', 'relay'], ['Content-Type', 'application/json'], ...r.pick(variants)]) + body)], holdMs: 1500 };
  },
  invalidBytes: (r) => {
    const body = jsonBody(r);
    const variants = [
      () => latin1(`POST ${target(r)}\x00 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}`),
      () => latin1(`POST ${target(r)} HTTP/1.1\r\nHost: a\r\nX-Bad: a\x00b\x01c\r\nContent-Length: 2\r\n\r\n{}`),
      () => Buffer.concat([r.bytes(r.between(1, 600)), latin1('\r\n\r\n')]),
      () => latin1(`POST /acme/r/\xe2\x82\xac\xff?__token=${junkToken(r)} HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}`),
      () =>
        Buffer.concat([
          latin1(
            head('POST', target(r), [
              ['Host', 'a'],
              ['Content-Type', 'application/octet-stream'],
              ['Content-Length', '64'],
            ]),
          ),
          r.bytes(64),
        ]),
      () => latin1(`POST ${target(r)} HTTP/1.1\nHost: a\nContent-Length: ${body.length}\n\n${body}`),
      () => latin1(`POST ${target(r)} HTTP/1.1\r\nHost: a\r\nX-Fold: a\r\n b\r\nContent-Length: 2\r\n\r\n{}`),
      () => latin1(`POST ${target(r)} HTTP/1.1\r\nHost: a\r\nX-Github-Authorization: tok\x7fen\r\nContent-Length: 2\r\n\r\n{}`),
      () => latin1(`POST ${target(r)} HTTP/9.9\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}`),
      () => latin1(`POST ${target(r)} HTTP/1.1\r\nHost: a\r\nContent-Encoding: gzip\r\nContent-Length: 6\r\n\r\nnotgz!`),
      () => latin1(`POST ${target(r)} HTTP/1.1\r\nHost: a\r\nContent-Type: application/json; charset=utf-7\r\nContent-Length: 6\r\n\r\n\xff\xfe\x00{\x00}`),
    ];
    return { chunks: [r.pick(variants)()], holdMs: 1500 };
  },
  slowHeaders: (r) => {
    const text = `${head('POST', target(r), [
      ['Host', 'relay'],
      ['Content-Type', 'application/json'],
      ['Content-Length', '2'],
    ])}{}`;
    const cut = r.between(5, text.length - 3);
    // Stops mid-request most of the time (a slow client that never finishes).
    const chunks = r.chance(0.7) ? [latin1(text.slice(0, cut))] : [latin1(text.slice(0, cut)), latin1(text.slice(cut))];
    return { chunks, pauseMs: r.between(50, 400), holdMs: r.between(300, 1500) };
  },
  pipelined: (r) => {
    const one = () => {
      const body = jsonBody(r);
      return (
        head('POST', target(r), [
          ['Host', 'relay'],
          ['Content-Type', 'application/json'],
          ['Content-Length', String(body.length)],
        ]) + body
      );
    };
    const broken = r.pick(['GARBAGE\r\n\r\n', 'POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab', '']);
    return { chunks: [latin1(one() + one() + broken)], holdMs: 2000 };
  },
  wellFormed: (r) => {
    const [type, body] = r.pick([
      ['application/json', jsonBody(r)],
      ['application/x-www-form-urlencoded', `a=${r.chars(10)}&b=%zz&c=%E2%82%AC`],
      ['text/plain; charset=utf-8', 'héllo wörld'],
      ['application/json', '{"unterminated": '],
      ['application/json', '['.repeat(2000)],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--'],
    ] as const);
    const bytes = Buffer.from(body, 'utf8');
    const headers: [string, string][] = [
      ['Host', 'relay'],
      ['Content-Type', type],
      ['Content-Length', String(bytes.length)],
    ];
    if (r.chance(0.3)) headers.push(['X-GitHub-Delivery', r.chance(0.5) ? 'same-delivery-id' : r.chars(12)]);
    if (r.chance(0.2)) headers.push(['X-Github-Authorization', `token ${r.chars(20)}`]);
    return { chunks: [Buffer.concat([latin1(head(r.pick(['POST', 'PUT', 'GET']), target(r), headers)), bytes])] };
  },
  bigBody: (r) => {
    // Declares more than the relay's --max-body; sends some of it.
    const declared = r.between(100_000, 50_000_000);
    return {
      chunks: [
        latin1(
          head('POST', target(r), [
            ['Host', 'relay'],
            ['Content-Type', 'application/octet-stream'],
            ['Content-Length', String(declared)],
          ]),
        ),
        r.bytes(r.between(1, 70_000)),
      ],
      holdMs: 1000,
    };
  },
  protocol: (r) => {
    const variants = [
      () => `${head('POST', target(r), [['Content-Length', '2']])}{}`,
      () =>
        head('GET', target(r), [
          ['Host', 'relay'],
          ['Connection', 'Upgrade, HTTP2-Settings'],
          ['Upgrade', 'h2c'],
          ['HTTP2-Settings', 'AAMAAABkAAQAAP__'],
        ]),
      () =>
        head('GET', target(r), [
          ['Host', 'relay'],
          ['Connection', 'Upgrade'],
          ['Upgrade', 'websocket'],
          ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
          ['Sec-WebSocket-Version', '13'],
        ]),
      () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' + '\x00\x00\x00\x04\x00\x00\x00\x00\x00',
      () =>
        head('POST', target(r), [
          ['Host', 'relay'],
          ['Expect', '100-continue'],
          ['Content-Length', '2'],
        ]),
      () =>
        `${head(
          'POST',
          target(r),
          [
            ['Host', 'relay'],
            ['Content-Length', '2'],
          ],
          'HTTP/1.0',
        )}{}`,
      () => `POST ${target(r)}\r\n\r\n`,
    ];
    return { chunks: [latin1(r.pick(variants)())], holdMs: 1200 };
  },
};

const KINDS = Object.keys(MAKERS);

/** The next hostile request of the sequence. */
export function nextHostile(r: Rng): RawRequest {
  const kind = r.pick(KINDS);
  const maker = MAKERS[kind];
  if (!maker) throw new Error(kind);
  const made = maker(r);
  return { kind, pauseMs: 0, halfClose: false, holdMs: 800, ...made };
}

/** What came back on one raw connection. */
export interface RawOutcome {
  /** Status codes of every answer received on the connection, in order. */
  statuses: number[];
  /** How the connection ended. */
  end: 'closed' | 'held' | 'error';
}

const STATUS_LINE = /(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g;

/** Sends a raw request to 127.0.0.1:`port` and collects the answers until the server closes or `holdMs` passes. */
export function sendRaw(port: number, req: RawRequest): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const received: Buffer[] = [];
    let done = false;
    let end: RawOutcome['end'] = 'closed';
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(holdTimer);
      socket.destroy();
      const text = Buffer.concat(received).toString('latin1');
      const statuses = [...text.matchAll(STATUS_LINE)].map((m) => Number(m[1]));
      resolve({ statuses, end });
    };
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    socket.on('data', (d: Buffer) => received.push(d));
    socket.on('error', () => {
      end = 'error';
      finish();
    });
    socket.on('close', finish);
    socket.on('connect', () => {
      void (async () => {
        for (const [i, chunk] of req.chunks.entries()) {
          if (done) return;
          if (i > 0 && req.pauseMs > 0) await new Promise((r) => setTimeout(r, req.pauseMs));
          socket.write(chunk);
        }
        if (req.halfClose) socket.end();
        holdTimer = setTimeout(() => {
          end = 'held';
          finish();
        }, req.holdMs);
      })();
    });
  });
}
