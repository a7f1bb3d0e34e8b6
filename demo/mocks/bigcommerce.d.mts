import type { ExecutionResult } from 'graphql';

export const requests: string[];
export function execute(
  request: { query: string; variables?: Record<string, unknown> },
  options?: { older?: boolean },
): Promise<ExecutionResult>;
export function handle(req: unknown, res: unknown, url: URL, body: string): Promise<boolean>;
