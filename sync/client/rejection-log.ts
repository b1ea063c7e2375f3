// Mutations the server refused for good. Their outbox rows are gone once the
// push is acknowledged (the server advanced past them so the queue never
// wedges), so this list is where the UI learns of them: nothing is dropped
// silently. Kept in memory; the server keeps its own record of every rejection.
import type { RejectedMutation } from './sync-cycle';

export type RejectionListener = (all: readonly RejectedMutation[]) => void;

export class RejectionLog {
  private entries: RejectedMutation[] = [];
  private readonly listeners = new Set<RejectionListener>();

  get all(): readonly RejectedMutation[] {
    return this.entries;
  }

  /** Add rejections; one mutation id is listed once however often it is reported. */
  add(rejected: readonly RejectedMutation[]): void {
    const known = new Set(this.entries.map((r) => r.mutationId));
    const fresh = rejected.filter((r) => !known.has(r.mutationId));
    if (fresh.length === 0) return;
    this.entries = [...this.entries, ...fresh];
    this.emit();
  }

  /** The person at the screen has seen them: drop these ids (or all). */
  dismiss(mutationIds?: readonly number[]): void {
    const before = this.entries.length;
    if (mutationIds === undefined) this.entries = [];
    else {
      const gone = new Set(mutationIds);
      this.entries = this.entries.filter((r) => !gone.has(r.mutationId));
    }
    if (this.entries.length !== before) this.emit();
  }

  subscribe(listener: RejectionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.entries);
  }
}
