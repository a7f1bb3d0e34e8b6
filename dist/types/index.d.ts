/**
 * The ES module: everything, with no side effects. `import { configure, define } from 'stock-status'`.
 */
export type { Config, Platform } from './config/Config';
export { parseConfig } from './config/parseConfig';
export { type ConfigureOptions, configure } from './configure';
export { computeEta, type Eta, type EtaRules } from './core/computeEta';
export { type DescribeOptions, describeStatus, type StatusContext, type StatusText } from './core/describeStatus';
export { type Availability, normalizeQuantity, resolveAvailability } from './core/resolveAvailability';
export type { DateOnly, EtaKind, ProductInfo, ProductStock, StockRecord, StockState } from './core/StockRecord';
export { emptyRecord, pickRecord } from './core/StockRecord';
export { define } from './define';
export { findCartButton, manageButton } from './element/manageButton';
export { type ElementExtension, type ExtensionHandle, type ExtraPart, extend, extensions, type Resolution, type StockStatusChangeDetail, StockStatusElement, } from './element/StockStatusElement';
export { AlternativesView, type AlternativesViewProps } from './extras/alternatives/AlternativesView';
export { alternativesExtension } from './extras/alternatives/alternativesExtension';
export { SignupForm, type SignupFormProps } from './extras/notify/SignupForm';
export { SignupQueue } from './extras/notify/SignupQueue';
export { type SignupRequest, sendSignup, signupRequest } from './extras/notify/sendSignup';
export { signupExtension, signupQueue } from './extras/notify/signupExtension';
export { useExtras } from './extras/useExtras';
export type { Alternative, Source, SourceContext } from './sources/Source';
export { renderStatus, type StatusViewModel } from './ui/renderStatus';
export { StatusView, type StatusViewProps } from './ui/StatusView';
export { VERSION } from './version';
