import type { StockRecord } from "../../core/StockRecord.js";
import type { BcInventorySettings } from "./bigcommerceSchema.js";
/** The store's words may carry markup; the widget shows plain text only, briefly. */
export declare function plainText(value: string | null | undefined): string | undefined;
/** `site.settings.inventory` → what every record of the answer shares. */
export interface StoreRules {
    /** `SHOW_WHEN_LOW` shows counts only at or under the warning level. */
    display: 'DONT_SHOW' | 'SHOW' | 'SHOW_WHEN_LOW';
    storeText: NonNullable<StockRecord['storeText']>;
}
export declare function storeRules(settings: BcInventorySettings): StoreRules;
