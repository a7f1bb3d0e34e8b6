import { waitFor } from '@testing-library/dom';
import { expect } from 'vitest';
import { configure } from '../../src/configure';
import type { Runtime } from '../../src/Runtime';

/** A `<stock-status>` with these attributes, on the page. */
export function mount(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('stock-status');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

/** What the shopper can read: the shadow root's text without stylesheets. */
export const text = (el: Element) =>
  Array.from(el.shadowRoot?.childNodes ?? [])
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => n.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Until every element given has left `loading`. */
export const settled = (...els: Element[]) =>
  waitFor(() => {
    for (const el of els) expect(el.getAttribute('data-state')).not.toBe('loading');
  });

/**
 * A page runtime for integration tests that look only at what an integration inserts: the real
 * runtime of these settings, with no session cache and a network that is never there.
 */
export function pageRuntime(settings: object): Runtime {
  return configure(settings, { storage: null, transport: { fetch: () => Promise.reject(new TypeError('offline test')), retries: 0 } });
}
