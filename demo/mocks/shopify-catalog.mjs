// Seed for the mock Shopify Storefront API (demo/mocks/shopify.mjs): one product per case the
// widget must tell apart. Stock is kept the way the Shopify admin keeps it (tracked, quantity,
// policy); the mock derives availableForSale / currentlyNotInStock / quantityAvailable from it as
// Shopify does. Dates are relative to today so the demo never shows a passed date.

/** `YYYY-MM-DD`, `days` from today (UTC). */
export const inDays = (days) => new Date(Date.now() + days * 864e5).toISOString().slice(0, 10);

const v = (id, title, stock, extra = {}) => ({ id, title, price: '24.00', ...stock, ...extra });
const tracked = (quantity, policy = 'deny') => ({ tracked: true, quantity, policy });

/** Whether a variant sells now or later (Shopify's `availableForSale`): untracked, on hand, or selling past zero. */
export const availableForSale = (v) => !v.tracked || v.quantity > 0 || v.policy === 'continue';

/** Products; `option` names the one option of a product with several variants. */
export function catalog() {
  return [
    {
      id: 1001,
      handle: 'linen-shirt',
      title: 'Linen Shirt',
      related: [1007, 1006, 1002, 1005],
      variants: [v(2001, 'Default Title', tracked(25))],
    },
    { id: 1002, handle: 'wool-socks', title: 'Wool Socks', related: [1001], variants: [v(2002, 'Default Title', tracked(2))] },
    {
      id: 1003,
      handle: 'canvas-tote',
      title: 'Canvas Tote',
      related: [1001],
      variants: [v(2003, 'Default Title', tracked(0, 'continue'), { restock: inDays(14) })],
    },
    {
      id: 1004,
      handle: 'rain-jacket',
      title: 'Rain Jacket',
      related: [1001],
      variants: [v(2004, 'Default Title', tracked(-2, 'continue'))],
    },
    {
      id: 1005,
      handle: 'leather-belt',
      title: 'Leather Belt',
      related: [1006, 1001, 1003],
      // A product-level date-time metafield: the widget shows the calendar day.
      restock: `${inDays(21)}T09:00:00Z`,
      variants: [v(2005, 'Default Title', tracked(0))],
    },
    { id: 1006, handle: 'silk-scarf', title: 'Silk Scarf', related: [1005, 1002, 1001], variants: [v(2006, 'Default Title', tracked(0))] },
    {
      id: 1007,
      handle: 'denim-jacket',
      title: 'Denim Jacket',
      option: 'Size',
      related: [1006, 1001, 1002, 1003, 1004],
      variants: [
        v(2071, 'S', tracked(8)),
        v(2072, 'M', tracked(0), { restock: inDays(10) }),
        v(2073, 'L', tracked(0, 'continue'), { restock: inDays(30) }),
        v(2074, 'XL', tracked(1)),
      ],
    },
    {
      id: 1008,
      handle: 'gift-card',
      title: 'Gift Card',
      related: [],
      variants: [v(2008, 'Default Title', { tracked: false, quantity: 0, policy: 'deny' })],
    },
    // 2 on hand each: the first keeps selling past zero, the second does not. The Storefront API
    // shows both alike (for sale, in stock, 2 available); only a cart that accepts 5 tells them apart.
    {
      id: 1010,
      handle: 'wool-coat',
      title: 'Wool Coat',
      option: 'Colour',
      related: [],
      variants: [v(2101, 'Grey', tracked(2, 'continue')), v(2102, 'Navy', tracked(2))],
    },
    // A date that has passed: never shown.
    {
      id: 1009,
      handle: 'straw-hat',
      title: 'Straw Hat',
      related: [],
      variants: [v(2009, 'Default Title', tracked(0), { restock: inDays(-3) })],
    },
  ];
}
