import type { Catalog } from './catalog';

/** German shopper text (same keys as English; a unit test checks). */
export const de: Catalog = {
  inStock: 'Auf Lager',
  lowStock: 'Nur noch {count} verfügbar',
  lowStockPlain: 'Nur noch wenige',
  backorder: 'Nachbestellt',
  preorder: 'Vorbestellung',
  outOfStock: 'Ausverkauft',
  unavailable: 'Nicht erhältlich',
  shipsBy: 'Versand bis {date}',
  shipsByEstimated: 'Versand voraussichtlich bis {date}',
  shipsRelative: 'Versand {relative}',
  shipsLater: 'Versand, sobald wieder auf Lager',
  releases: 'Erscheint am {date}',
  releasesRelative: 'Erscheint {relative}',
  restock: 'Wieder auf Lager am {date}',
  restockEstimated: 'Voraussichtlich wieder da am {date}',
  restockRelative: 'Wieder auf Lager {relative}',
  splitNow: '{count} sofort lieferbar',
  splitLater: '{count} Versand bis {date}',
  splitLaterNoDate: '{count} später lieferbar',
  split: '{now}, {later}',
  maxOrder: 'Nur {count} bestellbar',
  maxOrderPlain: 'In dieser Menge nicht verfügbar',
};
