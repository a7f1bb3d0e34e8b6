// Mock for the shopper-experience demo (demo/pages/experience/): a v1 JSON stock feed at
// /experience-api/v1/stock with alternatives, product images, and a back-in-stock endpoint at
// /experience-api/notify that can be told to fail its first N posts:
//   GET /experience-api/notify/reset?fail=N   forget everything, fail the next N posts with HTTP 503
//   GET /experience-api/notify/received       the signups acknowledged so far (JSON array)
const day = (n) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const stock = (over = {}) => ({ purchasable: true, tracked: true, showCounts: true, ...over });
const COLORS = {
  lamp: '#c8553d',
  'lamp-brass': '#b8893b',
  'lamp-oak': '#8a5a35',
  'lamp-glass': '#4f8fa8',
  'lamp-mini': '#6d6a9c',
  'lamp-sold': '#777',
  chair: '#3f6e5a',
  mug: '#2f5d8a',
  kettle: '#9b3d5a',
  rug: '#7a6a3a',
};
const product = (id, name, price, s, extra = {}) => ({
  id,
  name,
  price,
  url: `/experience/product.html?id=${id}`,
  image: `/experience-api/img/${id}.svg`,
  stock: stock(s),
  ...extra,
});

export function experienceCatalog() {
  return [
    product(
      'lamp',
      'Arc Floor Lamp',
      '$189.00',
      { onHand: 0, backorderable: 0, restock: { date: day(24), confirmed: false } },
      { alternatives: ['lamp-sold', 'lamp-brass', 'lamp-oak', 'lamp-glass', 'lamp-mini', 'lamp'] },
    ),
    product('lamp-brass', 'Brass Desk Lamp', '$129.00', { onHand: 14, lowStockAt: 3 }),
    product('lamp-oak', 'Oak Table Lamp', '$99.00', { onHand: 2, lowStockAt: 3 }),
    product('lamp-glass', 'Glass Pendant', '$149.00', { onHand: 8, lowStockAt: 3 }),
    product('lamp-mini', 'Mini Clip Lamp', '$39.00', { onHand: 30 }),
    product('lamp-sold', 'Sold-out Lamp', '$79.00', { onHand: 0, backorderable: 0 }),
    product(
      'hostile',
      '<img src=x onerror=alert(1)>',
      '<b>$1</b>',
      { onHand: 0, backorderable: 0 },
      { alternatives: ['evil-link', 'evil-name', 'lamp-sold'] },
    ),
    { ...product('evil-link', 'Safe name, bad link', '$5.00', { onHand: 5 }), url: 'javascript:alert(1)', image: 'javascript:alert(2)' },
    product('evil-name', '<img src=x onerror=alert(1)>', '$6.00', { onHand: 5 }),
    product(
      'chair',
      'Lounge Chair',
      '$420.00',
      { onHand: 6 },
      {
        variants: [
          { id: 'chair-walnut', stock: stock({ onHand: 6, lowStockAt: 2 }) },
          { id: 'chair-ash', stock: stock({ onHand: 0, backorderable: 'unlimited', restock: { date: day(40), confirmed: true } }) },
          { id: 'chair-black', stock: stock({ preorder: { releaseDate: day(55) } }) },
          { id: 'chair-white', stock: stock({ onHand: 0, backorderable: 0, restock: { date: day(18), confirmed: true } }) },
        ],
        alternatives: ['lamp-brass'],
      },
    ),
    product('mug', 'Stoneware Mug', '$18.00', { onHand: 2, backorderable: 'unlimited', restock: { date: day(12), confirmed: true } }),
    product('kettle', 'Copper Kettle', '$85.00', { onHand: 40 }),
    product('rug', 'Wool Rug', '$310.00', { preorder: { releaseDate: day(30) } }),
  ];
}

const notify = { failRemaining: 0, received: [], attempts: 0 };

function svg(id) {
  const color = COLORS[id] ?? '#888';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><rect width="160" height="160" fill="#f1ede6"/><rect x="0" y="118" width="160" height="42" fill="#e4ddd1"/><circle cx="80" cy="58" r="30" fill="${color}"/><rect x="76" y="80" width="8" height="44" fill="#3a3a3a"/><rect x="56" y="122" width="48" height="8" rx="4" fill="#3a3a3a"/></svg>`;
}

const json = (res, status, value) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
  return true;
};

export async function handle(req, res, url, body) {
  const path = url.pathname;
  if (!path.startsWith('/experience-api/')) return false;
  if (path === '/experience-api/v1/stock') {
    const slow = Number(url.searchParams.get('slow') ?? 0);
    if (slow > 0) await new Promise((r) => setTimeout(r, Math.min(slow, 10_000)));
    const ids = new Set((url.searchParams.get('ids') ?? '').split(',').filter(Boolean));
    return json(res, 200, { version: 1, products: experienceCatalog().filter((p) => ids.has(p.id)) });
  }
  const img = /^\/experience-api\/img\/([\w-]+)\.svg$/.exec(path);
  if (img) {
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
    res.end(svg(img[1]));
    return true;
  }
  if (path === '/experience-api/notify/reset') {
    notify.failRemaining = Number(url.searchParams.get('fail') ?? 0);
    notify.received = [];
    notify.attempts = 0;
    // From the demo index (a link a person clicks): straight on to the product page, not a JSON body.
    if (url.searchParams.get('then') === 'product') {
      res.writeHead(303, { location: '/experience/product.html', 'cache-control': 'no-store' });
      res.end();
      return true;
    }
    return json(res, 200, { ok: true });
  }
  if (path === '/experience-api/notify/received') return json(res, 200, { attempts: notify.attempts, received: notify.received });
  if (path === '/experience-api/notify' && req.method === 'POST') {
    notify.attempts++;
    if (notify.failRemaining > 0) {
      notify.failRemaining--;
      return json(res, 503, { error: 'demo failure' });
    }
    let signup;
    try {
      signup = JSON.parse(body);
    } catch {
      return json(res, 400, { error: 'not JSON' });
    }
    if (typeof signup?.email !== 'string' || !signup.email.includes('@')) return json(res, 422, { error: 'email' });
    // The signupId makes a repeat harmless: it is acknowledged again, not stored twice.
    if (!notify.received.some((s) => s.signupId === signup.signupId)) notify.received.push(signup);
    return json(res, 202, { ok: true });
  }
  return false;
}
