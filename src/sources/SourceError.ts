/** Why a source failed, for the one warning the shopper's page gets. */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}
