// HTTP push adapter: each due item is POSTed alone with its key in the
// Idempotency-Key header, so a receiver that got it but whose answer was lost
// recognises the retry. A 2xx marks it delivered; anything else (an error
// status, a timeout, a refused connection) schedules a retry after an
// exponential backoff with jitter, and after MAX_ATTEMPTS it goes to the
// dead-letter list the console shows, with "retry".
import type { Kysely } from 'kysely';
import { IDEMPOTENCY_HEADER } from '../../protocol/feed';
import type { Database } from '../store/schema';
import { dueItems, markDelivered, markFailed } from './queue';

export const MAX_ATTEMPTS = 8;

export interface HttpPushOptions {
  readonly db: Kysely<Database>;
  readonly url: string;
  readonly now: () => number;
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
  readonly timeoutMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly maxAttempts?: number;
  /** Items in flight at once. */
  readonly concurrency?: number;
  readonly random?: () => number;
}

export interface PushRound {
  readonly delivered: number;
  readonly failed: number;
}

export function retryDelay(attempts: number, base: number, max: number, random: () => number): number {
  const capped = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  // Full jitter on the upper half: retries from many items do not arrive in step.
  return Math.round(capped / 2 + (random() * capped) / 2);
}

/** One round: send what is due now (up to `limit`). */
export async function pushDue(options: HttpPushOptions, limit = 200): Promise<PushRound> {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const items = await dueItems(options.db, 'http', options.now(), limit);
  const concurrency = options.concurrency ?? 8;
  // Acknowledged keys are marked in one write after the round: a crash before it
  // sends them again, which the receiver recognises by the key.
  const acknowledged: string[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item === undefined) return;
      const attempts = item.attempts + 1;
      let error: string | null = null;
      try {
        const res = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDEMPOTENCY_HEADER]: item.key },
          body: item.body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        // Drain the body so the connection is reused.
        await res.arrayBuffer().catch(() => undefined);
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      if (error === null) {
        acknowledged.push(item.key);
      } else {
        const max = options.maxAttempts ?? MAX_ATTEMPTS;
        const wait = retryDelay(
          attempts,
          options.baseDelayMs ?? 5_000,
          options.maxDelayMs ?? 3_600_000,
          options.random ?? Math.random,
        );
        await markFailed(options.db, 'http', item.key, attempts, error, attempts >= max ? null : options.now() + wait);
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  await markDelivered(options.db, 'http', acknowledged, options.now());
  return { delivered: acknowledged.length, failed };
}
