// The port sync/client needs from a local replica (DESIGN §2): the client
// never imports renderer/; renderer/db implements this over Dexie, tests can
// implement it over anything, and the hub's relay can reuse it.
import type { Mutation } from '../../domain/records/mutation';
import type { Bilingual, RejectionCode } from '../protocol/errors';
import type { Change } from '../protocol/pull';

/**
 * A mutation the server refused for good. Its outbox row goes (the server
 * advanced past it, so the queue never wedges); the replica keeps this note
 * instead until someone at the terminal has seen it.
 */
export interface RejectedMutation {
  readonly mutationId: number;
  readonly table: string;
  readonly recordId: string | null;
  readonly code: RejectionCode;
  readonly message: Bilingual;
}

/** Where the next pull starts: the server's opaque cursor and the epoch it belongs to. */
export interface ReplicaCursor {
  readonly value: string;
  readonly epoch: string;
}

export type ApplyPageResult =
  | {
      readonly status: 'applied';
      /** Remote versions that replaced or created a local record. */
      readonly applied: number;
      /** Remote versions no newer than what was stored. */
      readonly ignored: number;
    }
  /** The replica holds another epoch than the page's: nothing was stored; reset and pull again. */
  | { readonly status: 'epoch_mismatch'; readonly storedEpoch: string };

export interface ReplicaPort {
  /** The enrolled device this replica writes as (the mutations' deviceId). */
  readonly deviceId: string;
  /** The oldest `limit` queued mutations, oldest first. */
  readOutboxBatch(limit: number): Promise<readonly Mutation[]>;
  /**
   * Drop queued mutations up to and including `upToMutationId` once the server
   * acknowledged them, and keep `rejected` (the ones among them it refused) in
   * the same transaction, so a crash cannot lose a refusal with its row;
   * returns how many rows went. Must be idempotent. Throws when the id is
   * beyond anything this device issued (a copied or restored database).
   */
  deleteAcknowledged(upToMutationId: number, rejected: readonly RejectedMutation[]): Promise<number>;
  /** The refusals kept and not yet dismissed, oldest first. */
  readRejections(): Promise<readonly RejectedMutation[]>;
  /** Someone at the terminal has seen these: forget them. */
  dismissRejections(mutationIds: readonly number[]): Promise<void>;
  /** How many mutations wait to be pushed. */
  pendingCount(): Promise<number>;
  /**
   * Apply one pulled page and store `cursor` in the same transaction: a sync
   * killed half-way resumes from the last page applied. Records go through
   * last-writer-wins; an invalid page throws and stores nothing.
   */
  applyPage(changes: readonly Change[], cursor: ReplicaCursor): Promise<ApplyPageResult>;
  /**
   * Optional: the server's store is not the one this replica synced with (a
   * restore or a new store: another epoch). Queue again every record whose
   * current version this device wrote, so what the old store had and the new
   * one lacks comes back; returns how many were queued.
   */
  requeueOwnRecords?(): Promise<number>;
  /** The stored cursor, or null before the first pull and after a reset. */
  readCursor(): Promise<ReplicaCursor | null>;
  /** Forget cursor and epoch (the records and the outbox stay). */
  resetCursor(): Promise<void>;
  /**
   * Optional: call `listener` whenever the outbox may have grown (a local
   * write, in this window or another), so the engine pushes promptly.
   * Returns the unsubscribe function.
   */
  watchOutbox?(listener: () => void): () => void;
  /** Optional: call `listener` whenever the kept refusals may have changed (from any window). */
  watchRejections?(listener: () => void): () => void;
}
