export declare function rememberCartVariation(id: string): void;
export declare function isCartVariation(id: string): boolean;
