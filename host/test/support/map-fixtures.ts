import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureTileUrl } from '../../../miniapps/web-kit/src/map/fixture-tiles.js';

/** A loopback HTTP server on a free port: its origin, what it was asked, and close. */
export interface LoopbackServer {
  readonly url: string;
  readonly requests: URL[];
  close(): Promise<void>;
}

async function listen(answer: (url: URL, response: ServerResponse) => void): Promise<LoopbackServer> {
  const requests: URL[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    requests.push(url);
    answer(url, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/**
 * A tile server for `VITE_MAP_TILE_URL=<url>/{z}/{x}/{y}.svg`: the web kit's fixture tile of each `z/x/y`, as
 * `image/svg+xml`, so a test sees configured tiles load from another origin without the internet.
 */
export const startTileServer = (): Promise<LoopbackServer> => listen((url, response) => {
  const match = /^\/(\d+)\/(\d+)\/(\d+)\.svg$/.exec(url.pathname);
  if (!match) {
    response.writeHead(404).end();
    return;
  }
  const svg = decodeURIComponent(fixtureTileUrl(Number(match[1]), Number(match[2]), Number(match[3])).replace(/^data:image\/svg\+xml,/, ''));
  response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
});

/**
 * A Nominatim-compatible reverse geocoder at `<url>/reverse` naming one street and ward for every position, or
 * answering `503` once `state.failing` is set: the reporting backend's `GEOCODER_URL` in a test.
 */
export async function startGeocoder(answer: { readonly road: string; readonly suburb: string }): Promise<LoopbackServer & { readonly state: { failing: boolean } }> {
  const state = { failing: false };
  const server = await listen((url, response) => {
    if (url.pathname !== '/reverse' || state.failing) {
      response.writeHead(state.failing ? 503 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      place_id: 1, lat: url.searchParams.get('lat'), lon: url.searchParams.get('lon'), display_name: `${answer.road}, ${answer.suburb}, Huế`,
      address: { road: answer.road, suburb: answer.suburb, city: 'Thành phố Huế', country: 'Việt Nam', country_code: 'vn' },
    }));
  });
  return { ...server, state };
}
