export declare function mountDawnProduct(doc: Document): void;
