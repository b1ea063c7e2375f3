// Many valid records for one market, made deterministically, and loaded into a
// server store the way an operator's import does (importRecords: validated,
// one change version each). Feedback is the payload: a caller pulls it
// (ROLE_ACCESS), no screen lists it (so 100,000 rows do not slow the UI down
// while they arrive), and it is small and flat like most synced rows.
import { formatStamp, nodeIdFromDeviceId } from '../../../domain/clock/hlc';
import { createPrng } from '../../../domain/demo/prng';
import { uuidv7 } from '../../../domain/ids/uuidv7';
import type { RecordOf } from '../../../domain/records/registry';
import { importRecords, type ImportChange } from '../../../sync/server/store/import-records';
import type { Store } from '../../../sync/server/store/open';

/** The device that "wrote" the bulk records: recognisable in any store, like the demo's. */
export const BULK_DEVICE_ID = '01900000-0000-7000-8000-0000000b0c00';

/** Records are stamped from here on, one millisecond apart: in the past, so no replica sees them as ahead. */
export const BULK_BASE_MILLIS = Date.UTC(2026, 0, 5, 1, 0, 0);

const CATEGORIES = ['suggestion', 'complaint', 'praise', 'other'] as const;
const STATUSES = ['open', 'answered', 'closed'] as const;

/** Rows per import transaction: well under SQLite's bound-parameter limit, and bounded memory per statement. */
const IMPORT_CHUNK = 2000;

/**
 * `count` feedback records of `marketId`; the same arguments give the same
 * records (ids, stamps and text) on every run.
 */
export function bulkFeedback(count: number, marketId: string, seed = 1): RecordOf<'feedback'>[] {
  const prng = createPrng(seed, 'bulk-feedback');
  const node = nodeIdFromDeviceId(BULK_DEVICE_ID);
  return Array.from({ length: count }, (_, i) => {
    const millis = BULK_BASE_MILLIS + i;
    const status = STATUSES[i % STATUSES.length] ?? 'open';
    return {
      id: uuidv7(millis, prng.bytes),
      hlc: formatStamp({ millis, counter: 0, node }),
      deleted: false,
      marketId,
      category: CATEGORIES[i % CATEGORIES.length] ?? 'other',
      message: `第 ${String(i + 1)} 条意见：希望大厅增加座椅和饮水机`,
      contactPhone: i % 5 === 0 ? `1380000${String(i % 10_000).padStart(4, '0')}` : null,
      at: new Date(millis).toISOString(),
      status,
      reply: status === 'open' ? '' : '感谢您的意见，已转相关窗口处理',
    };
  });
}

export function asImportChanges(records: readonly RecordOf<'feedback'>[]): ImportChange[] {
  return records.map((record) => ({ table: 'feedback', record }));
}

/**
 * `count` postings made from the market's own (published, valid today), each
 * with an id and stamp of its own, so a kiosk holds a city-sized list whose
 * jobs read like the demo's. Deterministic for the same templates.
 */
export function bulkPostings(templates: readonly RecordOf<'postings'>[], count: number, seed = 1): ImportChange[] {
  if (templates.length === 0) throw new Error('no postings to copy');
  const prng = createPrng(seed, 'bulk-postings');
  const node = nodeIdFromDeviceId(BULK_DEVICE_ID);
  return Array.from({ length: count }, (_, i) => {
    // After the bulk feedback's stamps, so both kinds can ride in one store.
    const millis = BULK_BASE_MILLIS + 1_000_000 + i;
    const template = templates[i % templates.length] ?? templates[0];
    const record = { ...template, id: uuidv7(millis, prng.bytes), hlc: formatStamp({ millis, counter: 0, node }) };
    return { table: 'postings', record } satisfies ImportChange;
  });
}

/** Load the changes in chunks, in order, so their versions follow the array. */
export async function loadBulkRecords(store: Store, changes: readonly ImportChange[]): Promise<number> {
  let written = 0;
  for (let at = 0; at < changes.length; at += IMPORT_CHUNK) {
    written += (await importRecords(store, changes.slice(at, at + IMPORT_CHUNK))).written;
  }
  return written;
}
