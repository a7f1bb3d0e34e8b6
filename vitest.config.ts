import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.{ts,tsx}',
            'test/dom/**/*.test.{ts,tsx}',
            'test/bindings/**/*.test.{ts,tsx}',
            'test/size/**/*.test.ts',
          ],
          environment: 'jsdom',
          setupFiles: ['test/setup/failOnConsole.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/failOnConsole.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/failOnConsole.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // The Shopify extension's suites need the build (its assets, dist/) like the browser ones.
          include: ['test/browser/**/*.test.ts', 'test/shopify-extension/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/failOnConsole.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The WordPress plugin on a real WordPress + MariaDB the suite starts itself (test/wordpress/startWordPress.ts).
          name: 'wordpress',
          include: ['test/wordpress/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/failOnConsole.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
