/** dist/stock-status.bigcommerce.js: bigcommerce only (with the page's JSON-LD as its fallback), for a smaller file. */
export {};
