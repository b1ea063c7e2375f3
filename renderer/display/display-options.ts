// What the display's address may set: the job board's paging interval
// (`?pageSeconds=15`). A lobby screen runs with the default; the heap bench
// and a rehearsal before opening run it fast through the same code path.
import { z } from 'zod';

export const DEFAULT_PAGE_SECONDS = 15;

const pageSecondsSchema = z.coerce.number().min(0.01).max(3600);

/** The paging interval the address asks for, or the default when it asks nothing (or nonsense). */
export function pageSecondsFrom(search: string): number {
  const raw = new URLSearchParams(search).get('pageSeconds');
  if (raw === null) return DEFAULT_PAGE_SECONDS;
  const parsed = pageSecondsSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn(`忽略无效的翻页间隔 / ignoring an invalid pageSeconds: ${raw}`);
    return DEFAULT_PAGE_SECONDS;
  }
  return parsed.data;
}
