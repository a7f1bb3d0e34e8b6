import type { Platform } from '../config/Config';
import type { PlatformParts } from '../PlatformTable';
import { genericIntegration } from '../page/genericIntegration';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { createTransport } from '../sources/Transport';
import { startScript } from '../startScript';

/** A single-platform file: that platform, the page's JSON-LD as its fallback, the network, and `data-platform` defaulting to it. */
export function startPlatformFile(platform: Platform, parts: PlatformParts): void {
  startScript(
    { platforms: { [platform]: parts, jsonld: { source: jsonLdSource, integration: genericIntegration } }, network: createTransport },
    platform,
  );
}
