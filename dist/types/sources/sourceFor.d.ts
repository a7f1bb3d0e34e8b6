import type { Platform } from '../config/Config';
import type { Source } from './Source';
export declare function sourceFor(platform: Platform): Source | null;
