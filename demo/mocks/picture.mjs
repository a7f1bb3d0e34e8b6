// The demo catalogues' product pictures, drawn on request: a tile in a colour of its own with the
// product's initial (no binary assets, nothing fetched from outside).

/** An SVG tile for `name` (its hue comes from `seed`, so each product keeps its colour). */
export function picture(name, seed = name) {
  const initial = esc(String(name).trim().charAt(0).toUpperCase() || '?');
  const hue = [...String(seed)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 0);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><rect width="160" height="160" fill="hsl(${hue} 35% 88%)"/><text x="80" y="100" font-family="sans-serif" font-size="64" text-anchor="middle" fill="hsl(${hue} 30% 30%)">${initial}</text></svg>`;
}

const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers with the picture. */
export function sendPicture(res, name, seed) {
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
  res.end(picture(name, seed));
  return true;
}
