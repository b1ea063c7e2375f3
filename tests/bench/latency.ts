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

/** One latency sample from two readings of the same clock; a negative one means the timer starts in the wrong place. */
export function latencySample(startMillis: number, endMillis: number): number {
  const ms = endMillis - startMillis;
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`负的或无效的延迟样本 / negative or invalid latency sample: ${String(ms)} ms`);
  }
  return ms;
}

export const LATENCY_ROUNDS = 3;

/** The median of three (or any count of) p99s and their spread. */
export interface RoundsSummary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: readonly number[];
}

export function summariseRounds(p99s: readonly number[]): RoundsSummary {
  if (p99s.length === 0) throw new RangeError('没有轮次 / no rounds');
  const sorted = [...p99s].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, rounds: p99s };
}

/**
 * Runs `round` LATENCY_ROUNDS times and summarises the p99 of each: one
 * round's p99 on a shared machine is mostly the neighbours' doing, the median
 * of three with its spread says how much of it to believe.
 */
export async function p99OverRounds(
  round: (index: number) => Promise<readonly number[]>,
  rounds = LATENCY_ROUNDS,
): Promise<RoundsSummary> {
  const p99s: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const samples = [...(await round(i))].sort((a, b) => a - b);
    if (samples.length === 0)
      throw new RangeError(`第 ${String(i + 1)} 轮没有样本 / round ${String(i + 1)} has no samples`);
    p99s.push(percentile(samples, 99));
  }
  return summariseRounds(p99s);
}
