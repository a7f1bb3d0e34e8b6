/**
 * `stock-status/preact`: the live status in Preact apps, over the same headless look-up as the
 * element. `configure()` (from `stock-status`) once, then `useStockStatus({ productId })` or `<StockStatus productId="…" />`.
 */
export type { StockStatusAttributes } from "../element/StockStatusAttributes.js";
export type { LookUpProps, Resolution } from "../lookup/Resolution.js";
export { StatusView, type StatusViewProps } from "../ui/StatusView.js";
export { StockStatus, type StockStatusProps } from "./preact/StockStatus.js";
export { useStockStatus } from "./preact/useStockStatus.js";
export { adoptStockStatusCss, stockStatusCss } from "./stockStatusCss.js";
export type { StockStatusValue, UseStockStatusProps } from "./stockStatusValue.js";
