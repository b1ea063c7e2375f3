// After the server's store was replaced (restored from a backup, or made
// anew: the pull answers with another epoch), what this terminal wrote and
// had acknowledged may be gone from it. The terminal still holds every such
// record at its latest version, so it queues again each record whose current
// version it wrote itself, under its original stamp: where the server kept
// the record, last writer wins makes the put a no-op; where it lost it, the
// record comes back. Records changed since by another device are theirs to
// send. One transaction, so the queue is all there or not at all.
import { nodeIdFromDeviceId, parseStamp } from '../../domain/clock/hlc';
import { SCHEMA_VERSION, type Mutation } from '../../domain/records/mutation';
import { RECORD_TABLES } from '../../domain/records/registry';
import type { TerminalDb } from './database';
import { claimDeviceState, saveDeviceState, type DeviceContext } from './device';

/** Queue every record this device wrote last and has not queued already; returns how many. */
export async function requeueOwnRecords(db: TerminalDb, ctx: DeviceContext): Promise<number> {
  const node = nodeIdFromDeviceId(ctx.deviceId);
  return db.transaction('rw', [...RECORD_TABLES, 'outbox', 'meta'], async () => {
    const device = await claimDeviceState(db, ctx);
    const queued = new Set<string>();
    await db.outbox.each((m) => {
      queued.add(`${m.args.table}/${String(m.args.record.id)}`);
    });
    let nextMutationId = device.nextMutationId;
    const mutations: Mutation[] = [];
    for (const table of RECORD_TABLES) {
      const own = await db
        .table<{ id: string; hlc: string }, string>(table)
        .filter((r) => parseStamp(r.hlc).node === node && !queued.has(`${table}/${r.id}`))
        .toArray();
      for (const record of own) {
        mutations.push({
          deviceId: ctx.deviceId,
          mutationId: nextMutationId++,
          name: 'put',
          args: { table, record },
          hlc: record.hlc as Mutation['hlc'],
          schemaVersion: SCHEMA_VERSION,
        });
      }
    }
    if (mutations.length === 0) return 0;
    await db.outbox.bulkAdd(mutations);
    await saveDeviceState(db, { hlc: device.hlc, nextMutationId });
    return mutations.length;
  });
}
