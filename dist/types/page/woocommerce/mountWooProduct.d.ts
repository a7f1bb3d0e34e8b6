import type { Config } from '../../config/Config';
export declare function mountWooProduct(doc: Document, config: Config): void;
