// Chromium here cannot load app:// (only Electron registers the scheme), so
// the browser suite puts the shell's own protocol handler and CSP builder
// (electron/protocol.ts, unchanged) behind a loopback HTTP server: each
// request `http://127.0.0.1:PORT/<path>` is handed to the handler as
// `app://renderer/<path>` and its Response is written back as it is, headers
// included. What the page gets is what Electron would serve it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildRendererCsp, createAppProtocolHandler, RENDERER_ORIGIN } from '../../../electron/protocol';

export interface AppProtocolServer {
  /** `http://127.0.0.1:PORT/`: stands for `app://renderer/`. */
  readonly url: string;
  /** The CSP header the handler sends with every renderer document. */
  readonly csp: string;
  close(): Promise<void>;
}

export async function startAppProtocolServer(opts: {
  rendererRoot: string;
  /** The terminal config's serverUrl: the CSP's only network destination. */
  serverUrl: string;
}): Promise<AppProtocolServer> {
  const csp = buildRendererCsp(opts.serverUrl);
  const handle = createAppProtocolHandler({ rendererRoot: opts.rendererRoot, csp, shellPage: () => null });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = new Request(`${RENDERER_ORIGIN}${req.url ?? '/'}`, { method: req.method ?? 'GET' });
    const response = await handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A bug in the adapter, not in the app: make it visible in the test's output and in the page.
      console.warn(`app:// adapter failed: ${String(error)}`);
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    csp,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
