import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: code that runs in Node (domain, sync, CLI, electron main with a
// mocked `electron`) and code that runs in the renderer (jsdom, Testing
// Library, fake-indexeddb). Browser end-to-end and PostgreSQL suites have their
// own commands because they need a real Chromium and a real server.
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/support/renderer-setup.ts'],
        },
      },
    ],
  },
});
