/**
 * Built-in shopper text. `{name}` placeholders only; a key with `_one`/`_few`/… is picked by
 * Intl.PluralRules for its `count`. Keep the same keys in every locale (a unit test checks).
 */
export const en = {
  inStock: 'In stock',
  lowStock: 'Only {count} left',
  lowStockPlain: 'Low stock',
  backorder: 'Backorder',
  preorder: 'Pre-order',
  outOfStock: 'Out of stock',
  unavailable: 'Unavailable',
  shipsBy: 'Ships by {date}',
  shipsByEstimated: 'Usually ships by {date}',
  shipsRelative: 'Ships {relative}',
  shipsLater: 'Ships when back in stock',
  releases: 'Releases {date}',
  releasesRelative: 'Releases {relative}',
  restock: 'Back in stock {date}',
  restockEstimated: 'Expected back {date}',
  restockRelative: 'Back in stock {relative}',
  splitNow: '{count} ship now',
  splitNow_one: '{count} ships now',
  splitLater: '{count} ship by {date}',
  splitLater_one: '{count} ships by {date}',
  splitLaterNoDate: '{count} ship later',
  splitLaterNoDate_one: '{count} ships later',
  /** Both halves of a split, in the language's own punctuation. */
  split: '{now}, {later}',
  maxOrder: 'Only {count} can be ordered',
  maxOrderPlain: 'Not available in this quantity',
  /** The add-to-cart button's words (data-button="manage"). */
  buttonPreorder: 'Pre-order',
  buttonBackorder: 'Backorder',
  buttonSoldOut: 'Sold out',
};
export type MessageKey = keyof typeof en;
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type Catalog = Partial<Record<MessageKey | `${MessageKey}_${PluralCategory}`, string>>;
