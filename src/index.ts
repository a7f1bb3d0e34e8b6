/**
 * The ES module, with no side effects: `import { configure, define } from 'stock-status'`.
 * Every export is documented in docs/developers.md; the Preact and React bindings are
 * `stock-status/preact` and `stock-status/react`.
 */
export type { Config, Platform } from './config/Config';
export { type ConfigureOptions, configure } from './configure';
// The pure core (no DOM, no network), for custom sources and tests of one's own.
export { computeEta, type Eta, type EtaRules } from './core/computeEta';
export { type DescribeOptions, describeStatus, type StatusContext, type StatusText } from './core/describeStatus';
export { type Availability, normalizeQuantity, resolveAvailability } from './core/resolveAvailability';
export type { DateOnly, EtaKind, ProductInfo, ProductStock, StockRecord, StockState } from './core/StockRecord';
export { emptyRecord, pickRecord } from './core/StockRecord';
export { define } from './define';
export type { StockStatusAttributes } from './element/StockStatusAttributes';
export type { StockStatusChangeDetail, StockStatusChangeEvent } from './element/StockStatusChangeEvent';
export { StockStatusElement } from './element/StockStatusElement';
export { registerExtras, useExtras } from './extras/registerExtras';
// The headless look-up: what the element, the extras and the bindings all use.
export { lookUp } from './lookup/lookUp';
export { type LookUpStore, lookUpStore } from './lookup/lookUpStore';
export type { LookUpAsk, LookUpProps, Resolution, StatusSnapshot } from './lookup/Resolution';
export { type LookUpWatch, watchLookUp } from './lookup/watchLookUp';
export { getRuntime, type Runtime } from './Runtime';
export type { Alternative, Source, SourceContext } from './sources/Source';
export { SourceError } from './sources/SourceError';
export { VERSION } from './version';
