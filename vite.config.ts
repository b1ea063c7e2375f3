import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one bundle for all three roles; the role is chosen by the
// URL hash (#/kiosk, #/display, #/caller) so the same build runs in Electron
// and in a plain browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
  server: { host: '127.0.0.1', strictPort: true },
});
