/**
 * The ES module, with no side effects: `import { configure, define } from 'stock-status'`.
 * Every export is documented in docs/developers.md; the Preact and React bindings are
 * `stock-status/preact` and `stock-status/react`.
 */
export type { Config, Platform } from "./config/Config.js";
export { type ConfigureOptions, configure } from "./configure.js";
export { computeEta, type Eta, type EtaRules } from "./core/computeEta.js";
export { type DescribeOptions, describeStatus, type StatusContext, type StatusText } from "./core/describeStatus.js";
export { type Availability, normalizeQuantity, resolveAvailability } from "./core/resolveAvailability.js";
export type { DateOnly, EtaKind, ProductInfo, ProductStock, StockRecord, StockState } from "./core/StockRecord.js";
export { emptyRecord, pickRecord } from "./core/StockRecord.js";
export { define } from "./define.js";
export type { StockStatusAttributes } from "./element/StockStatusAttributes.js";
export type { StockStatusChangeDetail, StockStatusChangeEvent } from "./element/StockStatusChangeEvent.js";
export { StockStatusElement } from "./element/StockStatusElement.js";
export { registerExtras, useExtras } from "./extras/registerExtras.js";
export { lookUp } from "./lookup/lookUp.js";
export { type LookUpStore, lookUpStore } from "./lookup/lookUpStore.js";
export type { LookUpAsk, LookUpProps, Resolution, StatusSnapshot } from "./lookup/Resolution.js";
export { type LookUpWatch, watchLookUp } from "./lookup/watchLookUp.js";
export { getRuntime, type Runtime } from "./Runtime.js";
export type { Alternative, Source, SourceContext } from "./sources/Source.js";
export { SourceError } from "./sources/SourceError.js";
export { VERSION } from "./version.js";
