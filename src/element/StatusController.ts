import type { Resolution } from '../lookup/Resolution';

/**
 * A part of `<stock-status>` that follows its answers, in the manner of lit's reactive
 * controllers: connected with the element, updated with each resolution it shows, disconnected
 * when it leaves (putting back whatever it changed).
 */
export interface StatusController {
  connect(): void;
  update(resolution: Resolution): void;
  disconnect(): void;
}
