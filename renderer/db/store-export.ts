// What survives when a terminal's store has to be cleared (a full or damaged
// disk, issue 14): its outbox, the refusals not yet seen, and the device's own
// state in meta (device id, clock, mutation counter, leased number blocks).
// The records themselves are a replica of the server and are pulled again;
// the pull cursor is dropped with them so the next pull starts from the top.
//
// One zod-checked contract for the export file and for the copy parked in
// localStorage while the store is cleared. Restoring from the parked copy
// happens at the next start, before the sync engine runs, so a page that dies
// between clearing and restoring still loses no outbox row.
import Dexie from 'dexie';
import { z } from 'zod';
import { mutationSchema, type Mutation } from '../../domain/records/mutation';
import { bilingualSchema, rejectionCodeSchema } from '../../sync/protocol/errors';
import type { RejectedMutation } from '../../sync/client/replica-port';
import type { TerminalDb } from './database';
import { metaSchemas, type MetaKey, type MetaRow } from './meta';

export const STORE_EXPORT_FORMAT = 'gig-kiosk-store-export';

/** Meta that belongs to the replica, not the device: cleared with the records. */
const REPLICA_META: ReadonlySet<MetaKey> = new Set(['cursor', 'epoch']);
const DEVICE_META = (Object.keys(metaSchemas) as MetaKey[]).filter((k) => !REPLICA_META.has(k));

const metaRowSchema = z
  .object({ key: z.enum(DEVICE_META as [MetaKey, ...MetaKey[]]), value: z.unknown() })
  .superRefine((row, ctx) => {
    const parsed = metaSchemas[row.key].safeParse(row.value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: `meta ${row.key}: ${parsed.error.message}` });
  });

const rejectionSchema = z.object({
  mutationId: z.number().int().min(1),
  table: z.string().min(1),
  recordId: z.string().nullable(),
  code: rejectionCodeSchema,
  message: bilingualSchema,
});

export const storeExportSchema = z
  .object({
    format: z.literal(STORE_EXPORT_FORMAT),
    version: z.literal(1),
    database: z.string().min(1),
    exportedAt: z.number().int().min(0),
    meta: z.array(metaRowSchema),
    outbox: z.array(mutationSchema),
    rejections: z.array(rejectionSchema),
  })
  .superRefine((exp, ctx) => {
    // The outbox is pushed in key order; a file with a gap or a repeat is not one this code wrote.
    for (let i = 1; i < exp.outbox.length; i++) {
      const prev = exp.outbox[i - 1];
      const row = exp.outbox[i];
      if (prev !== undefined && row !== undefined && row.mutationId !== prev.mutationId + 1) {
        ctx.addIssue({ code: 'custom', path: ['outbox', i], message: 'outbox mutation ids must be consecutive' });
      }
    }
  });
export type StoreExport = z.infer<typeof storeExportSchema>;

export class ParkedExportCorruptError extends Error {
  readonly code = 'parked_export_corrupt';
  constructor(
    readonly database: string,
    detail: string,
  ) {
    super(
      `清除前暂存的本机数据已损坏，未恢复也未删除 (${database}) / the copy parked before clearing ${database} ` +
        `is corrupt; it was neither restored nor removed: ${detail}`,
    );
  }
}

const parkedKey = (database: string) => `gig-kiosk:parked-store:${database}`;

async function readTable<T>(db: Dexie, name: string): Promise<T[]> {
  // An older build's store may not have every table yet (rejections came in v3).
  return db.tables.some((t) => t.name === name) ? db.table<T>(name).toArray() : [];
}

/**
 * Read what must survive from the store named `database`, through a
 * connection of its own opened at whatever version is installed: this works
 * while the terminal's own connection is up (a full store still reads), and
 * when that connection could not open because an upgrade failed.
 */
export async function readStoreExport(database: string, now: number): Promise<StoreExport> {
  const empty: StoreExport = {
    format: STORE_EXPORT_FORMAT,
    version: 1,
    database,
    exportedAt: now,
    meta: [],
    outbox: [],
    rejections: [],
  };
  if (!(await Dexie.exists(database))) return empty;
  const db = new Dexie(database);
  try {
    await db.open();
    const [meta, outbox, rejections] = await Promise.all([
      readTable<MetaRow>(db, 'meta'),
      readTable<Mutation>(db, 'outbox'),
      readTable<RejectedMutation>(db, 'rejections'),
    ]);
    return storeExportSchema.parse({
      ...empty,
      // Keys this build does not know (a newer build's) are rebuilt by that build, not carried blind.
      meta: meta.filter((r) => (DEVICE_META as readonly string[]).includes(r.key)),
      outbox: outbox.sort((a, b) => a.mutationId - b.mutationId),
      rejections,
    });
  } finally {
    db.close();
  }
}

/** Keep `exp` where the next start finds it; throws (nothing is cleared then) if it does not fit. */
export function parkStoreExport(exp: StoreExport, storage: Storage = localStorage): void {
  storage.setItem(parkedKey(exp.database), JSON.stringify(storeExportSchema.parse(exp)));
}

export function parkedStoreExport(database: string, storage: Storage = localStorage): StoreExport | null {
  const raw = storage.getItem(parkedKey(database));
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ParkedExportCorruptError(database, error instanceof Error ? error.message : String(error));
  }
  const parsed = storeExportSchema.safeParse(json);
  if (!parsed.success) throw new ParkedExportCorruptError(database, parsed.error.message);
  if (parsed.data.database !== database)
    throw new ParkedExportCorruptError(database, `parked for ${parsed.data.database}`);
  return parsed.data;
}

/**
 * Put a parked export back into the freshly opened `db` and forget the
 * parked copy; returns how many outbox rows came back. In one transaction,
 * and only into a store that holds no mutation counter yet: a store that has
 * one was either never cleared (clearing failed after parking) or already
 * restored, and writing the copy again would resurrect rows the server has
 * since acknowledged.
 */
export async function restoreParkedExport(db: TerminalDb, storage: Storage = localStorage): Promise<number> {
  const exp = parkedStoreExport(db.name, storage);
  if (exp === null) return 0;
  const restored = await db.transaction('rw', [db.meta, db.outbox, db.rejections], async () => {
    if ((await db.meta.get('nextMutationId')) !== undefined) return 0;
    await db.meta.bulkPut(exp.meta);
    await db.outbox.bulkPut(exp.outbox);
    await db.rejections.bulkPut(exp.rejections);
    return exp.outbox.length;
  });
  storage.removeItem(parkedKey(db.name));
  return restored;
}

/** Delete the whole store named `database` (the terminal's connection must be closed first). */
export async function deleteStore(database: string): Promise<void> {
  await Dexie.delete(database);
}

/** The export as the file staff keep: pretty-printed JSON, named after the device and the time. */
export function storeExportFile(exp: StoreExport): { readonly name: string; readonly text: string } {
  const device = exp.meta.find((r) => r.key === 'deviceId')?.value;
  const stamp = new Date(exp.exportedAt).toISOString().replace(/[:.]/g, '-');
  return {
    name: `gig-kiosk-outbox-${typeof device === 'string' ? device : exp.database}-${stamp}.json`,
    text: `${JSON.stringify(exp, null, 2)}\n`,
  };
}
