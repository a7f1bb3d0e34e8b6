import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderStatus, type StatusViewModel } from './renderStatus';

export interface StatusViewProps extends StatusViewModel {
  /** Anything more to show below the status. */
  children?: ComponentChildren;
}

/**
 * The status in a Preact tree (outside any shadow root): the very view the element renders,
 * through the same `renderStatus`, so both read and sound alike. The wrapper carries `data-state`
 * and `data-context`, which the light-DOM stylesheet (`stockStatusCss`) keys on as the element's does on its host.
 */
export function StatusView({ children, ...view }: StatusViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderStatus(ref.current, view);
  });
  return (
    <>
      <div class="stock-status" data-state={view.state} data-context={view.context} ref={ref} />
      {children}
    </>
  );
}
