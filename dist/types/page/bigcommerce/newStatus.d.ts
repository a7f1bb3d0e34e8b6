/** A `<stock-status>` the integration places itself (`data-mounted="auto"`). */
export declare function newStatus(doc: Document, productId: string, context: 'product' | 'card' | 'cart'): HTMLElement;
/** A merchant's own product element for this product wins over the one the integration would place. */
export declare const hasOwnElement: (doc: Document, productId: string) => boolean;
/**
 * The checked option fields of a form, option id → value id, for fields named by `pattern` (its
 * first group the option id): unchecked radios, disabled fields and non-numeric values do not count.
 */
export declare function readOptionFields(form: Element, pattern: RegExp): Record<string, string>;
