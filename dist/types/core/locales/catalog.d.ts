/**
 * Built-in shopper text. `{name}` placeholders only; a key with `_one`/`_few`/… is picked by
 * Intl.PluralRules for its `count`. Keep the same keys in every locale (a unit test checks).
 */
export declare const en: {
    inStock: string;
    lowStock: string;
    lowStockPlain: string;
    backorder: string;
    preorder: string;
    outOfStock: string;
    unavailable: string;
    shipsBy: string;
    shipsByEstimated: string;
    shipsRelative: string;
    shipsLater: string;
    releases: string;
    releasesRelative: string;
    restock: string;
    restockEstimated: string;
    restockRelative: string;
    splitNow: string;
    splitNow_one: string;
    splitLater: string;
    splitLater_one: string;
    splitLaterNoDate: string;
    splitLaterNoDate_one: string;
    /** Both halves of a split, in the language's own punctuation. */
    split: string;
    maxOrder: string;
    maxOrderPlain: string;
    /** The add-to-cart button's words (data-button="manage"). */
    buttonPreorder: string;
    buttonBackorder: string;
    buttonSoldOut: string;
};
export type MessageKey = keyof typeof en;
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type Catalog = Partial<Record<MessageKey | `${MessageKey}_${PluralCategory}`, string>>;
export {};
