/** Records an accepted quantity; true when it taught something new (a larger quantity than before). */
export declare function noteCartAccepted(variantId: string, quantity: number): boolean;
/** The largest quantity of this variant the cart accepted on this page; 0 when none. */
export declare function acceptedQuantity(variantGid: string): number;
/** For tests: forget everything. */
export declare function forgetCartAccepted(): void;
