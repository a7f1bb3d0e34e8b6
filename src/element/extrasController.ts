import { report } from '../core/report';
import type { ExtraHandle, ExtraPart } from '../extras/Extra';
import { loadExtras } from './loadExtras';
import { onExtraRegistered, registeredExtras } from './registeredExtras';
import type { StatusController } from './StatusController';

/**
 * Hands each container the view reserved (`[data-extra]`) to its extra, and each newer
 * resolution to those already mounted; fetches the extras script the first time one is missing.
 * `rerender` is called when an extra arrives, so the element lays out its containers again.
 */
export function extrasController(root: ShadowRoot, rerender: () => void): StatusController {
  const mounted = new Map<ExtraPart, { container: HTMLElement; handle: ExtraHandle }>();
  let off: (() => void) | null = null;
  return {
    connect() {
      off ??= onExtraRegistered(rerender);
    },
    update(resolution) {
      const containers = new Map<ExtraPart, HTMLElement>();
      for (const c of root.querySelectorAll<HTMLElement>('[data-extra]')) containers.set(c.dataset.extra as ExtraPart, c);
      for (const [part, m] of mounted) {
        if (containers.get(part) !== m.container) {
          m.handle.destroy();
          mounted.delete(part);
        }
      }
      let missing = false;
      for (const [part, container] of containers) {
        const ext = [...registeredExtras].find((e) => e.part === part);
        if (!ext) {
          missing = true;
          continue;
        }
        try {
          const m = mounted.get(part);
          if (m) m.handle.update(resolution);
          else mounted.set(part, { container, handle: ext.mount(container, resolution) });
        } catch (e) {
          report('error', `the ${part} could not be shown: ${(e as Error).message}`);
        }
      }
      // After the badge is on screen: the extras never delay it.
      if (missing) setTimeout(() => loadExtras(resolution.runtime.config.nonce), 0);
    },
    disconnect() {
      off?.();
      off = null;
      for (const { handle } of mounted.values()) handle.destroy();
      mounted.clear();
    },
  };
}
