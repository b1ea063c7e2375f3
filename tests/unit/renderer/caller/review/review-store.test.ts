import { afterEach, describe, expect, it } from 'vitest';
import type { Posting } from '../../../../../domain/records/posting';
import { decideReview, ReviewRefusedError, reviewQueue } from '../../../../../renderer/caller/review/review-store';
import { recordTable, type TerminalDb } from '../../../../../renderer/db/database';
import { deskStore, laterStamp, NOW, staffNamed } from './support';

let open: TerminalDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

describe('review store', () => {
  it('refuses the collector their own approval from the stored staff list, writing neither posting nor history', async () => {
    const s = await deskStore('review-store');
    open.push(s.db);
    const { pending } = await reviewQueue(s.db, s.demo.market.id);
    const p = pending[0] as Posting;
    const attempt = decideReview(
      s.db,
      s.ctx,
      p.id,
      { kind: 'approve' },
      {
        reviewerId: p.collectedBy ?? '',
        fourEyes: true,
        marketId: s.demo.market.id,
        now: NOW,
      },
    );
    await expect(attempt).rejects.toBeInstanceOf(ReviewRefusedError);
    expect((await recordTable(s.db, 'postings').get(p.id))?.hlc).toBe(p.hlc);
    expect(await recordTable(s.db, 'postingHistory').count()).toBe(0);
    expect(await s.db.outbox.count()).toBe(0);
  });

  it('lets a one-person setting (four-eyes off) approve their own collection, with the change and its history queued together', async () => {
    const s = await deskStore('review-store');
    open.push(s.db);
    const { pending } = await reviewQueue(s.db, s.demo.market.id);
    const p = pending[0] as Posting;
    const saved = await decideReview(
      s.db,
      s.ctx,
      p.id,
      { kind: 'approve' },
      {
        reviewerId: p.collectedBy ?? '',
        fourEyes: false,
        marketId: s.demo.market.id,
        now: NOW,
      },
    );
    expect(saved.status).toBe('published');
    expect(saved.publishedAt).toBe(new Date(NOW).toISOString());
    const [entry] = await recordTable(s.db, 'postingHistory').toArray();
    expect(entry?.baseHlc).toBe(p.hlc);
    expect(entry?.resultHlc).toBe(saved.hlc);
    expect((await s.db.outbox.toArray()).map((m) => m.args.table)).toEqual(['postings', 'postingHistory']);
  });

  it('never publishes a blocked posting, whoever reviews it', async () => {
    const s = await deskStore('review-store', (demo) => {
      const p = demo.postings.find((x) => x.status === 'pending_review') as Posting;
      return [
        {
          table: 'postings',
          record: {
            ...p,
            hlc: laterStamp(p.hlc),
            screening: {
              verdict: 'block',
              rulesVersion: '1',
              findings: [
                {
                  code: 'gender',
                  verdict: 'block',
                  field: 'content',
                  message: { zh: '不得限定性别', en: 'no gender limits' },
                  basis: '《就业促进法》第二十七条',
                },
              ],
            },
          },
        },
      ];
    });
    open.push(s.db);
    const blocked = (await recordTable(s.db, 'postings').toArray()).find((x) => x.screening.verdict === 'block');
    const reviewer = staffNamed(s.demo, '王建华');
    await expect(
      decideReview(
        s.db,
        s.ctx,
        blocked?.id ?? '',
        { kind: 'publish_warned', justification: '已经核实过了没有问题的' },
        {
          reviewerId: reviewer.id,
          fourEyes: true,
          marketId: s.demo.market.id,
          now: NOW,
        },
      ),
    ).rejects.toThrow('被拦截的岗位须修改后才能发布');
  });
});
