export function handle(req: unknown, res: unknown, url: URL, body: string): Promise<boolean>;
