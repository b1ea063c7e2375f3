// A bare keep-alive POST for the sync benches: the figures are the server's,
// so the client does as little as it can (no fetch, no body re-encoding).
import { request, type Agent } from 'node:http';

/** POST `body` (JSON text) with the device's token; resolves to the answer's text, rejects on anything but 200. */
export function postJson(agent: Agent, url: URL, token: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(text);
          else reject(new Error(`${url.pathname} answered ${String(res.statusCode)}: ${text}`));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
