import type { Server } from 'node:http';
export function startDemo(options?: { port?: number; host?: string }): Promise<{ server: Server; url: string; close(): Promise<void> }>;
