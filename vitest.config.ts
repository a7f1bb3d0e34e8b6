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
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/failOnConsole.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
