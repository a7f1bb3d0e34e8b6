/**
 * `stock-status/react`: the live status in React 18/19 apps (Shopify Hydrogen, BigCommerce
 * Catalyst), over the same headless look-up as the element. React is an optional peer dependency.
 * `configure()` (from `stock-status`) once in the browser, then `useStockStatus({ productId })`.
 */
export type { LookUpProps, Resolution } from '../lookup/Resolution';
export type { StockStatusReactProps } from './react/StockStatusReactJsx';
export { useStockStatus } from './react/useStockStatus';
export { adoptStockStatusCss, stockStatusCss } from './stockStatusCss';
export type { StockStatusValue, UseStockStatusProps } from './stockStatusValue';
