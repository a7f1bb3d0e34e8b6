import type { Platform } from '../config/Config';
import type { PageIntegration } from './PageIntegration';
export declare function integrationFor(platform: Platform): PageIntegration;
