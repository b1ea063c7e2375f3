import { describe, expect, it } from 'vitest';
import type { HlcStamp } from '../../../../domain/clock/hlc';
import { postingTimeline, type PostingHistoryEntryLike } from '../../../../domain/window/posting-history';

const stamp = (sec: number, node = 'aaaaaaaaaaaaaaaa'): HlcStamp =>
  `2026-12-03T02:00:${String(sec).padStart(2, '0')}.000Z-0000-${node}` as HlcStamp;

const entry = (
  over: Partial<PostingHistoryEntryLike> & Pick<PostingHistoryEntryLike, 'id'>,
): PostingHistoryEntryLike => ({
  postingId: 'p1',
  action: 'edited',
  staffId: 's1',
  hlc: stamp(1),
  baseHlc: null,
  resultHlc: stamp(1),
  status: 'pending_review',
  note: '',
  content: null,
  deleted: false,
  ...over,
});

describe('postingTimeline', () => {
  it('keeps both offline edits of one version, the later stamp standing and the other marked overtaken', () => {
    const collected = entry({ id: 'h0', action: 'collected', hlc: stamp(1), resultHlc: stamp(1) });
    const alice = entry({
      id: 'h1',
      staffId: 'alice',
      hlc: stamp(5, 'bbbbbbbbbbbbbbbb'),
      baseHlc: stamp(1),
      resultHlc: stamp(5, 'bbbbbbbbbbbbbbbb'),
    });
    const bob = entry({
      id: 'h2',
      staffId: 'bob',
      hlc: stamp(7, 'cccccccccccccccc'),
      baseHlc: stamp(1),
      resultHlc: stamp(7, 'cccccccccccccccc'),
    });
    // Arrival order must not matter: every replica shows the same history.
    for (const order of [
      [collected, alice, bob],
      [bob, alice, collected],
    ]) {
      const t = postingTimeline(order, 'p1');
      expect(t.map((x) => x.entry.id)).toEqual(['h0', 'h1', 'h2']);
      expect(t.map((x) => x.overtaken)).toEqual([false, true, false]);
      expect(t[1]?.overtakenBy).toBe('h2');
    }
  });

  it('does not mark edits made one after the other as overtaken', () => {
    const a = entry({ id: 'a', hlc: stamp(2), baseHlc: stamp(1), resultHlc: stamp(2) });
    const b = entry({ id: 'b', hlc: stamp(3), baseHlc: stamp(2), resultHlc: stamp(3) });
    expect(postingTimeline([a, b], 'p1').some((x) => x.overtaken)).toBe(false);
  });

  it('leaves out other postings and deleted entries', () => {
    const t = postingTimeline([entry({ id: 'x', postingId: 'p2' }), entry({ id: 'y', deleted: true })], 'p1');
    expect(t).toEqual([]);
  });
});
