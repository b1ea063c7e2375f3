// The hub's sync with the central server, one round at a time: register the
// terminals it serves, forward their mutations exactly as they came (device
// id and mutation id unchanged), then pull the central server's changes into
// its own store and poke its terminals. Rounds never overlap; a round runs on
// a timer and soon after every local push.
import { mutationSchema, type Mutation } from '../../../domain/records/mutation';
import { parseRecord, RecordValidationError, type RecordTable } from '../../../domain/records/registry';
import type { HlcStamp } from '../../../domain/clock/hlc';
import { DEFAULT_PULL_LIMIT, MAX_PUSH_BATCH } from '../../protocol/limits';
import type { Change } from '../../protocol/pull';
import type { MutationOutcome } from '../../protocol/push';
import { MAX_RELAY_DEVICES, type RelayedDevice } from '../../protocol/relay';
import { HUB_ROLE, isTerminalRole, deviceRoleSchema } from '../../protocol/roles';
import { storedMarketOf } from '../push/judge';
import { reserveVersions } from '../store/meta';
import type { Store } from '../store/open';
import { writeRecordRows, type RecordRow } from '../store/records';
import { readCursor, writeCursor } from './state';
import { UpstreamError, type Upstream } from './upstream';

export interface RelayLog {
  warn(obj: object, message: string): void;
}

export interface HubRelayOptions {
  readonly store: Store;
  readonly upstream: Upstream;
  /** Poke the hub's own terminals after pulled changes landed. */
  readonly poke: (markets: ReadonlySet<string | null>) => void;
  readonly log: RelayLog;
  /** How often a round runs without a local push to prompt it. */
  readonly intervalMs?: number;
}

export type RelayedOutcome = MutationOutcome & { readonly deviceId: string };

export interface RelayRound {
  readonly registered: number;
  /** The central server's answer for every mutation forwarded this round, with the terminal it came from. */
  readonly relayed: readonly RelayedOutcome[];
  readonly pulled: number;
}

export const DEFAULT_RELAY_INTERVAL_MS = 2000;
/** A reset answer twice in one round means something is wrong upstream: stop and retry next round. */
const MAX_RESETS = 2;

export class HubRelay {
  private running: Promise<RelayRound> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: HubRelayOptions) {}

  /** One round; a call while a round runs waits for it and then runs another. */
  async syncOnce(): Promise<RelayRound> {
    // Wait for a running round; its failure belongs to its own caller, who reports it.
    while (this.running !== undefined) await this.running.catch(() => undefined);
    const round = this.round();
    this.running = round;
    try {
      return await round;
    } finally {
      this.running = undefined;
    }
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => {
      this.trigger();
    }, this.options.intervalMs ?? DEFAULT_RELAY_INTERVAL_MS);
    this.timer.unref();
    this.trigger();
  }

  /** Run a round soon; several triggers during a round make one more round. */
  trigger(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.syncOnce()
      .catch((err: unknown) => {
        this.options.log.warn({ err }, 'relay round failed; retrying on the next round');
      })
      .finally(() => {
        if (this.again && !this.stopped) {
          this.again = false;
          this.trigger();
        }
      });
  }

  /** Stop the timer and wait for a running round. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    // A running round's failure is reported where it was started.
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<RelayRound> {
    const registered = await this.registerDevices();
    const relayed = await this.relayOutbox();
    const pulled = await this.pullUpstream();
    return { registered, relayed, pulled };
  }

  private async registerDevices(): Promise<number> {
    const db = this.options.store.db;
    const rows = await db
      .selectFrom('devices')
      .leftJoin('relay_devices', 'relay_devices.device_id', 'devices.id')
      .select([
        'devices.id',
        'devices.role',
        'devices.label',
        'devices.token_hash',
        'devices.revoked',
        'devices.band_index',
        'relay_devices.fingerprint',
      ])
      .where('devices.role', '!=', HUB_ROLE)
      .execute();
    const changed: { device: RelayedDevice; fingerprint: string }[] = [];
    for (const r of rows) {
      const role = deviceRoleSchema.parse(r.role);
      if (!isTerminalRole(role)) continue;
      const device: RelayedDevice = {
        deviceId: r.id,
        role,
        label: r.label,
        tokenHash: r.token_hash,
        revoked: r.revoked !== 0,
        bandIndex: r.band_index,
      };
      const fingerprint = JSON.stringify(device);
      if (fingerprint !== r.fingerprint) changed.push({ device, fingerprint });
    }
    let registered = 0;
    for (let i = 0; i < changed.length; i += MAX_RELAY_DEVICES) {
      const chunk = changed.slice(i, i + MAX_RELAY_DEVICES);
      try {
        await this.options.upstream.registerDevices(chunk.map((c) => c.device));
      } catch (err) {
        // Refused (a band or id the central server gives to another device):
        // report it and go on relaying the others; it is tried again next round.
        if (err instanceof UpstreamError && (err.status === 403 || err.status === 409)) {
          this.options.log.warn({ err }, 'the central server refused to register these terminals');
          continue;
        }
        throw err;
      }
      registered += chunk.length;
      for (const c of chunk) {
        await db
          .insertInto('relay_devices')
          .values({ device_id: c.device.deviceId, fingerprint: c.fingerprint })
          .onConflict((oc) => oc.column('device_id').doUpdateSet({ fingerprint: c.fingerprint }))
          .execute();
      }
    }
    return registered;
  }

  private async relayOutbox(): Promise<RelayedOutcome[]> {
    const db = this.options.store.db;
    const outcomes: RelayedOutcome[] = [];
    const devices = await db.selectFrom('relay_outbox').select('device_id').distinct().execute();
    for (const { device_id: deviceId } of devices) {
      for (;;) {
        const rows = await db
          .selectFrom('relay_outbox')
          .select(['mutation_id', 'body'])
          .where('device_id', '=', deviceId)
          .orderBy('mutation_id')
          .limit(MAX_PUSH_BATCH)
          .execute();
        if (rows.length === 0) break;
        const mutations: Mutation[] = rows.map((r) => mutationSchema.parse(JSON.parse(r.body)));
        let answer;
        try {
          answer = await this.options.upstream.push(deviceId, mutations);
        } catch (err) {
          // This terminal is refused upstream (revoked there, or not ours):
          // keep its mutations, carry on with the others.
          if (err instanceof UpstreamError && (err.status === 410 || err.status === 403)) {
            this.options.log.warn({ err, deviceId }, 'the central server refuses this terminal; kept for later');
            break;
          }
          throw err;
        }
        for (const r of answer.results) outcomes.push({ ...r, deviceId });
        // Acknowledged (applied, rejected, or applied before through another path): done with.
        await db
          .deleteFrom('relay_outbox')
          .where('device_id', '=', deviceId)
          .where('mutation_id', '<=', answer.lastMutationId)
          .execute();
        const last = rows.at(-1)?.mutation_id ?? 0;
        if (answer.stop !== null || answer.lastMutationId < last) {
          if (answer.stop !== null) this.options.log.warn({ deviceId, stop: answer.stop }, 'relayed push stopped');
          break;
        }
      }
    }
    return outcomes;
  }

  private async pullUpstream(): Promise<number> {
    const db = this.options.store.db;
    let { cursor, epoch } = await readCursor(db);
    let pulled = 0;
    let resets = 0;
    for (;;) {
      const page = await this.options.upstream.pull(cursor, epoch, DEFAULT_PULL_LIMIT);
      if (page.type === 'reset') {
        resets += 1;
        if (resets > MAX_RESETS)
          throw new Error(`中心服务器反复要求重新下载 / upstream keeps resetting: ${page.reason}`);
        cursor = null;
        epoch = page.epoch;
        await writeCursor(db, { cursor, epoch });
        continue;
      }
      const markets = await this.storePage(page.changes, { cursor: page.nextCursor, epoch: page.epoch });
      pulled += page.changes.length;
      if (markets.size > 0) this.options.poke(markets);
      cursor = page.nextCursor;
      epoch = page.epoch;
      if (!page.hasMore) return pulled;
    }
  }

  /** One page and its cursor in one transaction, so a killed hub resumes where it stopped. */
  private async storePage(
    changes: readonly Change[],
    cursor: { cursor: string; epoch: string },
  ): Promise<Set<string | null>> {
    const valid: { table: RecordTable; record: Readonly<Record<string, unknown>> }[] = [];
    for (const c of changes) {
      try {
        valid.push({ table: c.table, record: parseRecord(c.table, c.record) });
      } catch (err) {
        if (!(err instanceof RecordValidationError)) throw err;
        // The central server validated it with its own schema version; one
        // this hub cannot read is reported and left out, not allowed to wedge the pull.
        this.options.log.warn({ err, table: c.table }, 'pulled record fails this hub’s schema; skipped');
      }
    }
    const markets = new Set<string | null>();
    await this.options.store.db.transaction().execute(async (trx) => {
      if (valid.length > 0) {
        let version = await reserveVersions(trx, valid.length);
        const rows: RecordRow[] = valid.map(({ table, record }) => {
          const marketId = storedMarketOf(table, record);
          markets.add(marketId);
          return {
            table_name: table,
            id: String(record.id),
            market_id: marketId,
            hlc: record.hlc as HlcStamp,
            deleted: record.deleted === true ? 1 : 0,
            body: JSON.stringify(record),
            version: version++,
          };
        });
        await writeRecordRows(trx, rows);
      }
      await writeCursor(trx, cursor);
    });
    return markets;
  }
}
