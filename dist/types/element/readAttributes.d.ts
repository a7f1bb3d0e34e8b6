import type { StatusContext } from '../core/describeStatus';
export declare const readProductId: (el: Element) => string;
export declare const readVariantId: (el: Element) => string | null;
export declare const readQuantity: (el: Element) => number;
export declare const readContext: (el: Element) => StatusContext;
