// Build the renderer once and serve the build on loopback for every browser
// test; the address reaches the tests through `provide`.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererUrl: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configFile = `${root}vite.config.ts`;
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('rendererUrl', `http://127.0.0.1:${String(address.port)}/`);
  return async () => {
    await server.close();
  };
}
