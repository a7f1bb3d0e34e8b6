/**
 * Registers `<stock-status>`. Safe to call twice, and safe when another copy of the script
 * registered it first (the first registration wins, as custom elements require).
 */
export declare function define(name?: string): void;
