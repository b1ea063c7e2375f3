// JSON Lines file adapter: the day's file (yzp-YYYY-MM-DD.jsonl, the market's
// calendar day) gets one line per item, appended and synced to disk before the
// items are marked delivered. A crash between the two writes the line again
// on the next round: the platform recognises it by its key.
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { localDay } from '../../../domain/clock/local-day';
import type { Database } from '../store/schema';
import { dueItems, markDelivered } from './queue';

export function dailyFileName(now: number): string {
  return `yzp-${localDay(now)}.jsonl`;
}

/** Write everything due to today's file; returns the number of lines written. */
export async function writeDailyFile(db: Kysely<Database>, dir: string, now: number, limit = 5000): Promise<number> {
  let written = 0;
  for (;;) {
    const items = await dueItems(db, 'file', now, limit);
    if (items.length === 0) return written;
    await mkdir(dir, { recursive: true });
    const file = await open(join(dir, dailyFileName(now)), 'a');
    try {
      await file.writeFile(items.map((i) => `${i.body}\n`).join(''), 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await markDelivered(
      db,
      'file',
      items.map((i) => i.key),
      now,
    );
    written += items.length;
    if (items.length < limit) return written;
  }
}
