import type { Platform } from '../../config/Config';
import type { PlatformAlternatives } from '../../sources/Source';
export declare function alternativesFor(platform: Platform): PlatformAlternatives | undefined;
