/** Why a source failed, for the one warning the shopper's page gets. */
export declare class SourceError extends Error {
    readonly retryable: boolean;
    name: string;
    constructor(message: string, retryable?: boolean);
}
