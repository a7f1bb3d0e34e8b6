import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { getRuntime } from '../../Runtime';
import { StatusView } from '../../ui/StatusView';
import { adoptStockStatusCss } from '../stockStatusCss';
import { contextOf, type UseStockStatusProps } from '../stockStatusValue';
import { useStockStatus } from './useStockStatus';

export interface StockStatusProps extends UseStockStatusProps {
  /** Add `stockStatusCss` to the document (default true); false when you style it yourself or render in a shadow root. */
  styles?: boolean;
  children?: ComponentChildren;
}

/**
 * `<StockStatus productId="77" />`: the element's view and look in a Preact tree (light DOM): the
 * same placeholder, polite live region and parts, keyed on `data-state` and `data-context`. Like
 * the element, it keeps the last answer on screen while another product loads, so nothing jumps.
 */
export function StockStatus({ styles = true, children, ...props }: StockStatusProps) {
  const { state, resolution } = useStockStatus(props);
  const runtime = props.runtime ?? getRuntime();
  useLayoutEffect(() => {
    if (styles && typeof document !== 'undefined') adoptStockStatusCss(document, runtime?.config.nonce);
  }, [styles, runtime]);
  const shown = resolution ? resolution.availability.state : state;
  return (
    <StatusView state={shown} text={resolution?.text ?? null} context={contextOf(props, resolution)}>
      {children}
    </StatusView>
  );
}
