/** The script-tag entry, dist/stock-status.js: every platform in one self-contained file. */
import { allPlatforms } from './allPlatforms';
import { startScript } from './startScript';

startScript(allPlatforms);
