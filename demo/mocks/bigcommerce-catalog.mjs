// Seed catalogue of the mock BigCommerce store: one product per case of issue 3, then plain
// products to fill a 40+ card category page. Dates are relative to today so they never go stale.

const day = (n) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const stock = (toSell, warning = 0, extra = {}) => ({ toSell, warning, onHand: toSell, forBackorder: 0, unlimited: false, ...extra });

/** A product's price in dollars (the GraphQL mock's `prices.price.value`, the demo pages' prices). */
export const priceOf = (p) => 20 + (p.id % 7) * 5;

/** The store's Inventory Settings (site.settings.inventory). */
export const settings = () => ({
  stockLevelDisplay: 'SHOW',
  defaultOutOfStockMessage: 'Currently sold out',
  showBackorderAvailabilityPrompt: true,
  backorderAvailabilityPrompt: 'Available on backorder',
  showDefaultShippingExpectationPrompt: false,
  defaultShippingExpectationPrompt: 'Ships in 2-3 weeks',
  showQuantityOnBackorder: true,
  showQuantityOnHand: true,
  showBackorderMessage: true,
});

/** Products by entity id. `restock` is the raw `custom.restock_date` metafield value. */
export function products() {
  const list = [
    { id: 101, name: 'Canvas Tote', agg: stock(50, 5) },
    { id: 102, name: 'Enamel Mug', agg: stock(3, 5) },
    { id: 103, name: 'Gift Card Sleeve', tracked: false, agg: null },
    { id: 104, name: 'Linen Apron', inStock: true, agg: stock(0, 5, { forBackorder: 20 }), restock: day(20) },
    { id: 105, name: 'Oak Spoon', inStock: true, agg: stock(0, 5, { forBackorder: 10 }) },
    { id: 106, name: 'Ceramic Bowl', agg: stock(2, 5, { forBackorder: 10 }), restock: JSON.stringify({ date: day(14), confirmed: true }) },
    { id: 107, name: 'Print on Demand Poster', inStock: true, agg: stock(0, 0, { unlimited: true }) },
    { id: 108, name: 'Copper Kettle', agg: stock(1, 3, { forBackorder: 2 }), restock: day(30) },
    {
      id: 109,
      name: 'Field Guide, 2nd Edition',
      status: 'Preorder',
      inStock: false,
      agg: stock(0),
      releaseIn: 30,
      message: 'Expected release date is %%DATE%%',
    },
    { id: 110, name: 'Custom Table', status: 'Unavailable', message: 'Call us for a quote', inStock: false, agg: stock(0) },
    {
      id: 111,
      name: 'Merino Sweater',
      variantInventory: true,
      agg: stock(8, 3),
      options: [
        {
          id: 21,
          name: 'Size',
          values: [
            { id: 211, label: 'S' },
            { id: 212, label: 'M' },
            { id: 213, label: 'L' },
          ],
        },
      ],
      variants: [
        { id: 1111, sku: 'SWT-S', values: [211], agg: stock(8, 3) },
        { id: 1112, sku: 'SWT-M', values: [212], inStock: false, agg: stock(0, 3), restock: day(12) },
        { id: 1113, sku: 'SWT-L', values: [213], agg: stock(2, 3, { forBackorder: 6 }), restock: day(9) },
      ],
    },
    { id: 112, name: 'Wool Blanket', inStock: false, agg: stock(0, 3), restock: JSON.stringify({ date: day(10), confirmed: true }) },
    { id: 113, name: 'Brass Candle Holder', inStock: false, agg: stock(0, 3), related: [101, 102, 113, 103, 112] },
    { id: 114, name: 'Hidden Stock Lamp', agg: null },
    { id: 115, name: 'Bad Restock Date Scarf', inStock: false, agg: stock(0, 2), restock: '<img src=x onerror=alert(1)>' },
  ];
  // 600 variants, BigCommerce's maximum (10 colours × 6 widths × 10 depths): only the first 50
  // come with the product; the last one has 2 on hand and takes backorders.
  const colours = Array.from({ length: 10 }, (_, i) => ({ id: 3101 + i, label: `Colour ${i + 1}` }));
  const widths = Array.from({ length: 6 }, (_, i) => ({ id: 3201 + i, label: `${60 + i * 20} cm` }));
  const depths = Array.from({ length: 10 }, (_, i) => ({ id: 3301 + i, label: `${20 + i * 5} cm` }));
  list.push({
    id: 116,
    name: 'Modular Shelf',
    variantInventory: true,
    agg: stock(3000, 3),
    options: [
      { id: 31, name: 'Colour', values: colours },
      { id: 32, name: 'Width', values: widths },
      { id: 33, name: 'Depth', values: depths },
    ],
    variants: Array.from({ length: 600 }, (_, i) => {
      const values = [colours[Math.floor(i / 60)].id, widths[Math.floor(i / 10) % 6].id, depths[i % 10].id];
      const agg = i === 599 ? stock(2, 3, { forBackorder: 10 }) : i === 550 ? stock(0, 3) : stock(20, 3);
      return { id: 20001 + i, sku: `SHELF-${i + 1}`, values, agg, inStock: i !== 550 };
    }),
  });
  // Fillers for the category page: a mix of in stock, low and out of stock.
  for (let i = 0; i < 30; i++) {
    const n = i % 3;
    list.push({ id: 200 + i, name: `Everyday Item ${i + 1}`, inStock: n !== 2, agg: stock(n === 0 ? 40 : n === 1 ? 2 : 0, 4) });
  }
  return new Map(
    list.map((p) => [
      p.id,
      { status: 'Available', tracked: true, inStock: true, ...p, releaseDate: p.releaseIn ? day(p.releaseIn) : null },
    ]),
  );
}

/** The shopper's cart (line item ids as Cornerstone writes them into data-cart-itemid). */
export const cart = () => [
  { entityId: '8c1b6f8e-0001-4a8e-9a51-6f1a2b3c4d01', productEntityId: 106, variantEntityId: 1106, quantity: 5 },
  { entityId: '8c1b6f8e-0002-4a8e-9a51-6f1a2b3c4d02', productEntityId: 101, variantEntityId: 1101, quantity: 1 },
  { entityId: '8c1b6f8e-0003-4a8e-9a51-6f1a2b3c4d03', productEntityId: 111, variantEntityId: 1112, quantity: 1 },
  { entityId: '8c1b6f8e-0004-4a8e-9a51-6f1a2b3c4d04', productEntityId: 104, variantEntityId: 1104, quantity: 2 },
  // The 600th variant of a product with 600 (on the Cornerstone 6.21 cart page).
  { entityId: '8c1b6f8e-0005-4a8e-9a51-6f1a2b3c4d05', productEntityId: 116, variantEntityId: 20600, quantity: 5 },
];
