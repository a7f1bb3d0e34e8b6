export declare function mountDawnCart(doc: Document): void;
