import { describe, expect, it } from 'vitest';
import { lazyStream } from '../../src/node/server.js';

const bytes = new TextEncoder().encode('{"hello":"wörld"}');

describe('lazyStream (the Node adapter’s stand-in for a declared-length request body)', () => {
  it('is truthy and reads nothing until used', () => {
    let reads = 0;
    const s = lazyStream(async () => {
      reads++;
      return bytes;
    });
    expect(s).toBeTruthy();
    expect(s instanceof ReadableStream).toBe(true);
    expect(reads).toBe(0);
  });

  it('reads the bytes through a reader', async () => {
    const reader = lazyStream(async () => bytes).getReader();
    const first = await reader.read();
    expect(first.value).toEqual(bytes);
    expect((await reader.read()).done).toBe(true);
  });

  it('works where Web APIs take a stream (Response, Request)', async () => {
    expect(await new Response(lazyStream(async () => bytes)).text()).toBe('{"hello":"wörld"}');
    const req = new Request('http://127.0.0.1/', { method: 'POST', body: lazyStream(async () => bytes), duplex: 'half' } as RequestInit);
    expect(new Uint8Array(await req.arrayBuffer())).toEqual(bytes);
  });

  it('reports lock state and empty bodies like a real stream', async () => {
    const s = lazyStream(async () => new Uint8Array(0));
    expect(s.locked).toBe(false);
    const reader = s.getReader();
    expect(s.locked).toBe(true);
    expect((await reader.read()).done).toBe(true);
  });
});
