// Mutations the server refused for good. Their outbox rows are gone once the
// push is acknowledged (the server advanced past them so the queue never
// wedges); the replica keeps each refusal in the same transaction, and this
// log is the UI's view of them: nothing is dropped silently, not even by a
// restart. Only a person dismissing an entry removes it.
import type { RejectedMutation, ReplicaPort } from './replica-port';

export type RejectionListener = (all: readonly RejectedMutation[]) => void;
export type RejectionStore = Pick<ReplicaPort, 'readRejections' | 'dismissRejections'>;

export class RejectionLog {
  private entries: readonly RejectedMutation[] = [];
  private readonly listeners = new Set<RejectionListener>();

  constructor(private readonly store: RejectionStore) {}

  get all(): readonly RejectedMutation[] {
    return this.entries;
  }

  /** Read what the replica keeps (at start, or when another window changed it). */
  async load(): Promise<void> {
    this.replace(await this.store.readRejections());
  }

  /** Refusals the replica has just kept; one mutation id is listed once however often it is reported. */
  add(rejected: readonly RejectedMutation[]): void {
    const known = new Set(this.entries.map((r) => r.mutationId));
    const fresh = rejected.filter((r) => !known.has(r.mutationId));
    if (fresh.length > 0) this.replace([...this.entries, ...fresh]);
  }

  /** The person at the screen has seen them: forget these ids (or all), in the replica first. */
  async dismiss(mutationIds?: readonly number[]): Promise<void> {
    const ids = mutationIds ?? this.entries.map((r) => r.mutationId);
    if (ids.length === 0) return;
    await this.store.dismissRejections(ids);
    const gone = new Set(ids);
    this.replace(this.entries.filter((r) => !gone.has(r.mutationId)));
  }

  subscribe(listener: RejectionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private replace(next: readonly RejectedMutation[]): void {
    const same =
      next.length === this.entries.length && next.every((r, i) => r.mutationId === this.entries[i]?.mutationId);
    this.entries = next;
    if (!same) for (const listener of this.listeners) listener(next);
  }
}
