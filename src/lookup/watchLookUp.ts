import type { Runtime } from '../Runtime';
import { lookUpStore } from './lookUpStore';
import type { LookUpProps, StatusSnapshot } from './Resolution';

/** What `watchLookUp` returns: change the props, look up again, or stop. */
export interface LookUpWatch {
  set(props: LookUpProps): void;
  refresh(): void;
  unsubscribe(): void;
}

/**
 * The look-up, kept current, for code that is not a component: `listener` hears every change
 * (loading, each answer) until `unsubscribe()`. `runtime` null: the page's runtime from `configure()`.
 */
export function watchLookUp(runtime: Runtime | null, props: LookUpProps, listener: (snapshot: StatusSnapshot) => void): LookUpWatch {
  const store = lookUpStore(runtime, props);
  const unsubscribe = store.subscribe(() => listener(store.getSnapshot()));
  return { set: store.set, refresh: store.refresh, unsubscribe };
}
