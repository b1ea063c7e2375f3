// A scripted SyncTransport: an in-memory server with the push rules of the
// real one (skip what is applied, stop at a gap) and a paged change log, plus
// switches to fail, drop answers, or answer with anything a test wants.
import type { Mutation } from '../../../../../domain/records/mutation';
import type { SyncTransport, PullInput, PushInput } from '../../../../../sync/client/transport';
import { clientError } from '../../../../../sync/client/errors';
import type { PullResponse } from '../../../../../sync/protocol/pull';
import type { MutationOutcome, PushResponse } from '../../../../../sync/protocol/push';
import { REJECTION_MESSAGES, STOP_MESSAGES } from '../../../../../sync/protocol/errors';

export class FakeServer implements SyncTransport {
  epoch = 'e1';
  lastMutationId = 0;
  log: Array<{ table: string; record: Record<string, unknown> }> = [];
  pushes: PushInput[] = [];
  pulls: PullInput[] = [];
  /** Mutation ids to reject. */
  reject = new Set<number>();
  /** Next calls throw this (then the switch clears). */
  failNext: Error | null = null;
  /** Apply the next push but lose its answer. */
  dropNextAck = false;
  /** Overrides for the next push / pull answer. */
  pushAnswer: ((input: PushInput) => PushResponse) | null = null;
  pullAnswer: ((input: PullInput) => PullResponse) | null = null;
  applied = new Map<number, number>();

  push(input: PushInput): Promise<PushResponse> {
    this.pushes.push(input);
    const fail = this.failNext;
    if (fail !== null) {
      this.failNext = null;
      return Promise.reject(fail);
    }
    if (this.pushAnswer !== null) return Promise.resolve(this.pushAnswer(input));
    const results: MutationOutcome[] = [];
    let stop: PushResponse['stop'] = null;
    for (const m of input.mutations) {
      if (m.mutationId <= this.lastMutationId) {
        results.push({ status: 'skipped', mutationId: m.mutationId });
        continue;
      }
      if (m.mutationId > this.lastMutationId + 1) {
        stop = { reason: 'gap', mutationId: m.mutationId, message: STOP_MESSAGES.gap };
        break;
      }
      this.lastMutationId = m.mutationId;
      if (this.reject.has(m.mutationId)) {
        results.push({
          status: 'rejected',
          mutationId: m.mutationId,
          code: 'role_forbidden',
          message: REJECTION_MESSAGES.role_forbidden,
        });
        continue;
      }
      this.apply(m);
      results.push({ status: 'applied', mutationId: m.mutationId, won: true });
    }
    if (this.dropNextAck) {
      this.dropNextAck = false;
      return Promise.reject(clientError('network', 'answer lost'));
    }
    return Promise.resolve({ lastMutationId: this.lastMutationId, results, stop });
  }

  pull(input: PullInput): Promise<PullResponse> {
    this.pulls.push(input);
    const fail = this.failNext;
    if (fail !== null) {
      this.failNext = null;
      return Promise.reject(fail);
    }
    if (this.pullAnswer !== null) return Promise.resolve(this.pullAnswer(input));
    if (input.cursor !== null && input.epoch !== this.epoch) {
      return Promise.resolve({
        type: 'reset',
        reason: 'unknown_epoch',
        epoch: this.epoch,
        message: { zh: '重置', en: 'reset' },
      });
    }
    const after = input.cursor === null ? 0 : Number(input.cursor);
    const limit = input.limit ?? 1000;
    const page = this.log.slice(after, after + limit);
    const next = after + page.length;
    return Promise.resolve({
      type: 'page',
      changes: page.map((c) => ({ table: c.table as 'feedback', record: c.record })),
      nextCursor: String(next),
      hasMore: next < this.log.length,
      epoch: this.epoch,
    });
  }

  private apply(m: Mutation): void {
    this.applied.set(m.mutationId, (this.applied.get(m.mutationId) ?? 0) + 1);
    this.log.push({ table: m.args.table, record: m.args.record });
  }
}
