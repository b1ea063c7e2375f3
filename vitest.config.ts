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
    // Tests assert behaviour, not speed (benches time things). On a 2-core CI
    // machine a jsdom screen walk or a long property run can pass 5 s without
    // being wrong, so the limit only catches a test that hangs.
    testTimeout: 20_000,
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
