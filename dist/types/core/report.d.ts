export declare function report(level: 'warn' | 'error', message: string): void;
/** Tests start each case with a clean slate. */
export declare function resetReports(): void;
