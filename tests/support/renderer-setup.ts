// Renderer tests run in jsdom with fake-indexeddb standing in for the browser's
// IndexedDB (unit tests only; the browser suite uses real Chromium).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
