import { defineConfig } from 'vitest/config';

// The browser suite: a real Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core against the built renderer served on loopback, with real
// IndexedDB. Separate from `npm test` because it needs the browser installed.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
