import type { Catalog } from './catalog';

/** Dutch shopper text (same keys as English; a unit test checks). */
export const nl: Catalog = {
  inStock: 'Op voorraad',
  lowStock: 'Nog maar {count} op voorraad',
  lowStockPlain: 'Beperkte voorraad',
  backorder: 'In nabestelling',
  preorder: 'Pre-order',
  outOfStock: 'Uitverkocht',
  unavailable: 'Niet beschikbaar',
  shipsBy: 'Verzonden vóór {date}',
  shipsByEstimated: 'Naar verwachting verzonden vóór {date}',
  shipsRelative: 'Verzonden {relative}',
  shipsLater: 'Verzonden zodra weer op voorraad',
  releases: 'Verschijnt op {date}',
  releasesRelative: 'Verschijnt {relative}',
  restock: 'Weer op voorraad op {date}',
  restockEstimated: 'Verwacht terug op {date}',
  restockRelative: 'Weer op voorraad {relative}',
  splitNow: '{count} nu verzonden',
  splitLater: '{count} verzonden vóór {date}',
  splitLaterNoDate: '{count} later verzonden',
  split: '{now}, {later}',
  maxOrder: 'Slechts {count} te bestellen',
  maxOrderPlain: 'Niet beschikbaar in deze hoeveelheid',
};
