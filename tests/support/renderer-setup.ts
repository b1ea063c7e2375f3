// Renderer tests run in jsdom with fake-indexeddb standing in for the browser's
// IndexedDB (unit tests only; the browser suite uses real Chromium).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines are small and often loaded (real PBKDF2, IndexedDB): give
// findBy*/waitFor five seconds rather than one before calling a screen wrong.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
