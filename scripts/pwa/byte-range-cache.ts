/**
 * A Workbox plugin that keeps every byte range read from a file (the PMTiles basemap is read with
 * HTTP range requests) so that the tiles a user has seen still draw offline. The Cache API refuses
 * 206 responses and Workbox's RangeRequestsPlugin only slices a whole cached file, so each range is
 * stored as a 200 under a key naming the range and handed back as the 206 it was.
 *
 * vite-plugin-pwa writes these functions into the generated service worker as source text: they
 * must not use anything from this module's scope.
 */
export const byteRangeCachePlugin = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }): Promise<Request | string> => {
    const range = request.headers.get('range');
    if (!range) return request;
    const key = new URL(request.url);
    key.searchParams.set('sw-range', range.replace(/^bytes=/, ''));
    return key.href;
  },
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status === 200) return response;
    if (response.status !== 206) return null;
    const headers = new Headers(response.headers);
    headers.set('x-sw-partial', '1');
    return new Response(await response.arrayBuffer(), { status: 200, headers });
  },
  cachedResponseWillBeUsed: async ({
    cachedResponse,
  }: {
    cachedResponse?: Response;
  }): Promise<Response | null | undefined> => {
    if (cachedResponse?.headers.get('x-sw-partial') !== '1') return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.delete('x-sw-partial');
    return new Response(await cachedResponse.arrayBuffer(), { status: 206, statusText: 'Partial Content', headers });
  },
};
