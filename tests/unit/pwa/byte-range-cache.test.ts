import { describe, expect, it } from 'vitest';
import { byteRangeCachePlugin as plugin } from '../../../scripts/pwa/byte-range-cache';

const ARCHIVE = 'https://example.org/tiles/basemap.pmtiles';

describe('byte-range cache plugin', () => {
  it('keys each range apart and leaves whole-file requests alone', async () => {
    const ranged = new Request(ARCHIVE, { headers: { range: 'bytes=0-16383' } });
    expect(await plugin.cacheKeyWillBeUsed({ request: ranged })).toBe(`${ARCHIVE}?sw-range=0-16383`);
    const whole = new Request(ARCHIVE);
    expect(await plugin.cacheKeyWillBeUsed({ request: whole })).toBe(whole);
  });

  it('stores a 206 as a cacheable 200 and gives it back as the same 206', async () => {
    const partial = new Response(new Uint8Array([1, 2, 3]), {
      status: 206,
      headers: { 'content-range': 'bytes 10-12/100', etag: '"v1"' },
    });
    const stored = await plugin.cacheWillUpdate({ response: partial });
    expect(stored?.status).toBe(200);
    const served = await plugin.cachedResponseWillBeUsed({ cachedResponse: stored ?? undefined });
    expect(served?.status).toBe(206);
    expect(served?.headers.get('content-range')).toBe('bytes 10-12/100');
    expect(served?.headers.get('etag')).toBe('"v1"');
    expect(served?.headers.has('x-sw-partial')).toBe(false);
    expect([...new Uint8Array((await served?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([1, 2, 3]);
  });

  it('does not keep errors, and passes whole files through', async () => {
    expect(await plugin.cacheWillUpdate({ response: new Response('no', { status: 404 }) })).toBeNull();
    const whole = new Response('all', { status: 200 });
    expect(await plugin.cacheWillUpdate({ response: whole })).toBe(whole);
    expect(await plugin.cachedResponseWillBeUsed({ cachedResponse: whole })).toBe(whole);
    expect(await plugin.cachedResponseWillBeUsed({})).toBeUndefined();
  });
});
