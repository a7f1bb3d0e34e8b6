import { define } from './index.js';
export * from './index.js';
define();
