// Build the renderer once, start the embedded server (SQLite, demo market) on
// loopback, and serve the build with the sync paths proxied to the server, as
// `npm start` does. The address and a stock of one-time enrolment codes reach
// the tests through `provide`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import type { TerminalRole } from '../../../domain/records/market';
import { startEmbeddedServer } from '../../../sync/server/embedded';
import { syncProxy, syncProxyLogger } from '../../../scripts/sync-proxy';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererUrl: string;
    serverUrl: string;
    /** The server's SQLite file, for operator commands (`set-pin`) a test runs against it. */
    serverDbPath: string;
    enrolmentCodes: Record<TerminalRole, string[]>;
    /** Where test files claim codes, so no two files (each its own module) use the same one. */
    codeClaimDir: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const CODES_PER_ROLE = 24;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gig-e2e-server-'));
  const serverDbPath = join(dataDir, 'gig.sqlite');
  const server = await startEmbeddedServer({ sqlitePath: serverDbPath, quiet: true });
  const configFile = `${root}vite.config.ts`;
  await build({ configFile, logLevel: 'warn' });
  const web = await preview({
    configFile,
    customLogger: syncProxyLogger({ logLevel: 'warn' }),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy: syncProxy(server.url) },
  });
  const address = web.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');

  const codes: Record<TerminalRole, string[]> = { kiosk: [], display: [], caller: [] };
  for (const role of ['kiosk', 'display', 'caller'] as const) {
    for (let i = 0; i < CODES_PER_ROLE; i++) codes[role].push(await server.enrolmentCode(role));
  }
  project.provide('rendererUrl', `http://127.0.0.1:${String(address.port)}/`);
  project.provide('serverUrl', server.url);
  project.provide('serverDbPath', serverDbPath);
  project.provide('enrolmentCodes', codes);
  project.provide('codeClaimDir', mkdtempSync(join(dataDir, 'claimed-')));
  return async () => {
    await web.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
