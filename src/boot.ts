/** The script-tag entry, dist/stock-status.js: every platform in one self-contained file. */
import { allPlatforms } from './allPlatforms';
import { createTransport } from './sources/Transport';
import { startScript } from './startScript';

startScript({ platforms: allPlatforms, network: createTransport });
