/**
 * `stock-status/preact`: the live status in Preact apps, over the same headless look-up as the
 * element. `configure()` (from `stock-status`) once, then `useStockStatus({ productId })` or `<StockStatus productId="…" />`.
 */
export type { StockStatusAttributes } from '../element/StockStatusAttributes';
export type { LookUpProps, Resolution } from '../lookup/Resolution';
export { StatusView, type StatusViewProps } from '../ui/StatusView';
export { StockStatus, type StockStatusProps } from './preact/StockStatus';
export { useStockStatus } from './preact/useStockStatus';
export { adoptStockStatusCss, stockStatusCss } from './stockStatusCss';
export type { StockStatusValue, UseStockStatusProps } from './stockStatusValue';
