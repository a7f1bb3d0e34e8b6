import type { Platform } from './config/Config';
import type { PageIntegration } from './page/PageIntegration';
import type { Source } from './sources/Source';

/** What one platform brings: its adapter and its theme integration (`data-mount="auto"`). */
export interface PlatformParts {
  source: Source;
  integration: PageIntegration;
}

/**
 * The platforms a build carries. The script-tag bundles differ only in this table, so a
 * single-platform file leaves the other adapters out (see scripts/build.mjs).
 */
export type PlatformTable = Partial<Record<Platform, PlatformParts>>;
