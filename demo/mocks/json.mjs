// Mock of our own JSON endpoint (v1): GET /stock-api/v1/stock?ids=1,2,3. `?fail=1` on the
// endpoint answers 500 (to show the JSON-LD fallback); `?slow=ms` delays the answer.
// The catalogue's pictures (/assets/<id>.svg) are drawn on request.
import { catalog } from './json-catalog.mjs';
import { sendPicture } from './picture.mjs';

export const requests = [];

const PICTURE = /^\/assets\/(\d+)\.svg$/;

export async function handle(_req, res, url) {
  const image = PICTURE.exec(url.pathname);
  const pictured = image && catalog().find((p) => p.id === image[1]);
  if (pictured) return sendPicture(res, pictured.name, pictured.id);
  if (url.pathname !== '/stock-api/v1/stock') return false;
  requests.push(url.search);
  const slow = Number(url.searchParams.get('slow') ?? 0);
  if (slow > 0) await new Promise((r) => setTimeout(r, Math.min(slow, 15_000)));
  if (url.searchParams.get('fail')) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"error":"demo failure"}');
    return true;
  }
  const ids = new Set((url.searchParams.get('ids') ?? '').split(',').filter(Boolean));
  const products = catalog().filter((p) => ids.has(p.id));
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ version: 1, products }));
  return true;
}
