export declare function mountWooProduct(doc: Document): void;
