// The demo catalogue for data-platform="json" (our own v1 feed): one product per state, with dates
// relative to today so the demo never goes stale.
export const day = (n) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const stock = (over = {}) => ({ purchasable: true, tracked: true, showCounts: true, ...over });
const product = (id, name, price, s, extra = {}) => ({
  id,
  name,
  price,
  url: `/json/products/${id}`,
  image: `/assets/${id}.svg`,
  stock: stock(s),
  ...extra,
});

export function catalog() {
  return [
    product(
      '1001',
      'Linen Shirt',
      '$48.00',
      { onHand: 40, lowStockAt: 5 },
      {
        variants: [
          { id: '1001-s', stock: stock({ onHand: 40, lowStockAt: 5 }) },
          { id: '1001-m', stock: stock({ onHand: 3, lowStockAt: 5 }) },
          { id: '1001-l', stock: stock({ onHand: 2, backorderable: 'unlimited', restock: { date: day(12), confirmed: true } }) },
          { id: '1001-xl', stock: stock({ onHand: 0, backorderable: 0, restock: { date: day(21), confirmed: false } }) },
          { id: '1001-xxl', stock: stock({ purchasable: false }) },
        ],
      },
    ),
    product('1002', 'Wool Scarf', '$35.00', { onHand: 3, lowStockAt: 5 }),
    product('1003', 'Canvas Tote', '$22.00', { onHand: 0, backorderable: 'unlimited', restock: { date: day(9), confirmed: true } }),
    product('1004', 'Field Jacket', '$160.00', { onHand: 0, backorderable: 'unlimited' }),
    product('1005', 'Trail Boots', '$140.00', { preorder: { releaseDate: day(30) } }),
    product('1006', 'Rain Hat', '$28.00', { onHand: 0, backorderable: 0, restock: { date: day(18), confirmed: true } }),
    product('1007', 'Denim Cap', '$19.00', { onHand: 0, backorderable: 0 }),
    product('1008', 'Silk Tie', '$45.00', { purchasable: false }),
    product('1009', 'Gift Card', '$25.00', { tracked: false }),
    product('1010', 'Leather Belt', '$55.00', { onHand: 2, backorderable: 3, restock: { date: day(15), confirmed: true } }),
    product('1011', 'Cotton Socks', '$9.00', { onHand: 120, showCounts: false, lowStockAt: 200 }),
    ...Array.from({ length: 40 }, (_, i) => {
      const n = 2000 + i;
      const states = [
        { onHand: 50 },
        { onHand: 2, lowStockAt: 5 },
        { onHand: 0, backorderable: 'unlimited', restock: { date: day(10 + (i % 7)), confirmed: true } },
        { onHand: 0, backorderable: 0 },
        { preorder: { releaseDate: day(25) } },
      ];
      return product(String(n), `Basic Tee ${i + 1}`, `$${12 + (i % 5)}.00`, states[i % states.length]);
    }),
  ];
}
