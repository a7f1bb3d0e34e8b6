import type { Catalog } from './catalog';

/** Japanese shopper text (same keys as English; a unit test checks). */
export const ja: Catalog = {
  inStock: '在庫あり',
  lowStock: '残り{count}点',
  lowStockPlain: '残りわずか',
  backorder: '取り寄せ',
  preorder: '予約受付中',
  outOfStock: '在庫切れ',
  unavailable: '販売停止',
  shipsBy: '{date}までに発送',
  shipsByEstimated: '{date}頃までに発送予定',
  shipsRelative: '{relative}発送',
  shipsLater: '入荷次第発送',
  releases: '{date}発売',
  releasesRelative: '{relative}発売',
  restock: '{date}に再入荷',
  restockEstimated: '{date}頃に再入荷予定',
  restockRelative: '{relative}再入荷',
  splitNow: '{count}点は即日発送',
  splitLater: '{count}点は{date}までに発送',
  splitLaterNoDate: '{count}点は後日発送',
  split: '{now}、{later}',
  maxOrder: '注文できるのは{count}点までです',
  maxOrderPlain: 'この数量ではご注文いただけません',
};
