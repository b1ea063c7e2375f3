// A stand-in for 渝职聘's receiving end on loopback, for the feed tests and the
// bench: with `chaos`, each request at random fails (503, nothing kept), hangs
// past the sender's timeout (kept half the time), is kept but answered with an
// error (so the sender sends it again: the same item arrives twice), or is
// kept and acknowledged. Every arrival is recorded with its Idempotency-Key.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Arrival {
  readonly key: string;
  readonly body: string;
}

export interface FeedReceiver {
  readonly url: string;
  /** Items kept, in arrival order, duplicates included. */
  readonly kept: Arrival[];
  requests: number;
  /** 'ok': always acknowledge; 'fail': always 503; 'chaos': see above. */
  mode: 'ok' | 'fail' | 'chaos';
  close(): Promise<void>;
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** A seeded generator, so a failing run can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function startFeedReceiver(seed = 42, hangMs = 1_000): Promise<FeedReceiver> {
  const random = lcg(seed);
  const hung = new Set<NodeJS.Timeout>();
  const receiver: FeedReceiver = {
    url: '',
    kept: [],
    requests: 0,
    mode: 'chaos',
    close: () =>
      new Promise((resolve) => {
        for (const t of hung) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
  const server: Server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      receiver.requests += 1;
      const key = req.headers['idempotency-key'];
      const keep = () => {
        if (typeof key === 'string') receiver.kept.push({ key, body });
      };
      if (receiver.mode === 'fail') {
        res.writeHead(503).end();
        return;
      }
      const r = receiver.mode === 'ok' ? 1 : random();
      if (r < 0.2) {
        res.writeHead(503).end();
      } else if (r < 0.35) {
        if (random() < 0.5) keep();
        const t = setTimeout(() => {
          hung.delete(t);
          res.writeHead(200).end('{"ok":true}');
        }, hangMs);
        hung.add(t);
      } else if (r < 0.5) {
        keep();
        res.writeHead(500).end();
      } else {
        keep();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('receiver has no port');
  return Object.assign(receiver, { url: `http://127.0.0.1:${String(address.port)}/yzp/feed` });
}
