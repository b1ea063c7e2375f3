// Version 2: the kiosk's trade filter (工种) reads published, still-valid
// postings of one occupation with a single index range instead of scanning
// every posting of that trade; and meta gains `ackedMutationId`, the highest
// mutation the server has confirmed, so acknowledgements can be checked for
// going backwards once the outbox is empty.
import type { Transaction } from 'dexie';

export const version = 2;

export const stores = {
  postings:
    'id, marketId, employerId, [status+validUntil], occupationCode, location.district, [status+occupationCode+validUntil]',
} as const;

interface RawMetaRow {
  key: string;
  value: unknown;
}

interface RawOutboxRow {
  mutationId: number;
}

/**
 * Every mutation below the oldest one still queued has been acknowledged
 * (deleteAcknowledged only removes acknowledged rows). Written against raw
 * rows on purpose: this function must keep doing what it did when v2 shipped,
 * whatever later code makes of meta.
 */
export async function upgrade(tx: Transaction): Promise<void> {
  const meta = tx.table<RawMetaRow, string>('meta');
  const oldest = await tx.table<RawOutboxRow, number>('outbox').orderBy(':id').first();
  const next = (await meta.get('nextMutationId'))?.value;
  const acked = oldest !== undefined ? oldest.mutationId - 1 : typeof next === 'number' ? next - 1 : 0;
  await meta.put({ key: 'ackedMutationId', value: acked });
}
