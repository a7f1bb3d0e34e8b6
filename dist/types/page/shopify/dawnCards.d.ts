export declare function mountDawnCards(doc: Document): void;
