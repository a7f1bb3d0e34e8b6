const watched = new WeakSet<Document>();

/**
 * Runs `mount` now, then again whenever the page's markup changes, at most once per `delayMs`:
 * themes re-render in place (quick view, variant sections, cart updates, infinite lists), and
 * whatever is new must get its element. `mount` must be idempotent. The first run's failure goes
 * to the caller (boot reports it once); a later failing run is dropped, the next change tries again.
 */
export function mountAsItComes(doc: Document, mount: () => void, delayMs = 50): void {
  const run = () => {
    try {
      mount();
    } catch {}
  };
  mount();
  if (watched.has(doc) || !doc.body) return;
  watched.add(doc);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      run();
    }, delayMs);
  }).observe(doc.body, { childList: true, subtree: true });
}
