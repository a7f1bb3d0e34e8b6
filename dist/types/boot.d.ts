interface StockStatusGlobal {
    version: string;
    refresh(): void;
}
declare global {
    interface Window {
        StockStatus?: StockStatusGlobal;
        StockStatusConfig?: unknown;
    }
}
export {};
