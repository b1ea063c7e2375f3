// A packaged terminal loads its renderer from `app://renderer`, so every
// request it makes to the server is cross-origin; a browser terminal under
// `npm start` shares the server's origin through the proxy and needs nothing.
// Only origins on the allow-list (parsed and compared exactly) get CORS
// headers; every other origin gets none, and the browser refuses the answer.
// Authentication is the bearer token either way, never the origin.
import type { FastifyInstance } from 'fastify';

/** The origin of the Electron shell's renderer (electron/protocol.ts). */
export const SHELL_ORIGIN = 'app://renderer';

export function allowCrossOrigin(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) {
      done();
      return;
    }
    void reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      void reply
        .header('Access-Control-Allow-Methods', 'GET, POST')
        .header('Access-Control-Allow-Headers', 'authorization, content-type')
        .header('Access-Control-Max-Age', '600')
        .code(204)
        .send();
      return;
    }
    done();
  });
}
