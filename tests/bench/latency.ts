// Latency helpers shared by the benches that report a p99 against a bare
// WebSocket round trip on the same loopback.
import WebSocket, { WebSocketServer } from 'ws';

/** The p-th percentile of already sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}

/** The same loopback, the same library, nothing else: one message echoed back. */
export async function wsRoundTrips(count: number): Promise<number[]> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      socket.send(data);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const client = new WebSocket(`ws://127.0.0.1:${String(address.port)}`);
  await new Promise((resolve, reject) => {
    client.once('open', resolve);
    client.once('error', reject);
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        client.once('message', () => {
          resolve();
        });
        client.send('ping');
      });
      times.push(performance.now() - start);
    }
  } finally {
    client.terminate();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
  return times;
}
