import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoMarket } from '../../../../../domain/demo/generate';
import type { Posting } from '../../../../../domain/records/posting';
import { ReviewArea } from '../../../../../renderer/caller/review/ReviewArea';
import { recordTable, type TerminalDb } from '../../../../../renderer/db/database';
import { deskStore, laterStamp, renderArea, staffNamed, type DeskStore } from './support';

configure({ asyncUtilTimeout: 5_000 });

let open: TerminalDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** The oldest pending demo posting made into one the screener warned about. */
function warnFirstPending(demo: DemoMarket): { table: 'postings'; record: Posting }[] {
  const pending = demo.postings
    .filter((p) => p.status === 'pending_review')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const first = pending[0];
  if (first === undefined) throw new Error('demo has no pending posting');
  return [
    {
      table: 'postings',
      record: {
        ...first,
        hlc: laterStamp(first.hlc),
        screening: {
          verdict: 'warn',
          rulesVersion: first.screening.rulesVersion,
          findings: [
            {
              code: 'age_limit',
              verdict: 'warn',
              field: 'content',
              message: { zh: '年龄要求须有正当理由', en: 'an age limit needs a lawful reason' },
              basis: '《就业促进法》第三条',
              quote: '45岁以下',
            },
          ],
        },
      },
    },
  ];
}

async function store(extra?: Parameters<typeof deskStore>[1]): Promise<DeskStore> {
  const s = await deskStore('review-area', extra);
  open.push(s.db);
  return s;
}

function oldestPending(demo: DemoMarket): Posting {
  const p = demo.postings
    .filter((x) => x.status === 'pending_review')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0];
  if (p === undefined) throw new Error('no pending posting');
  return p;
}

function nameOf(demo: DemoMarket, id: string | null): string {
  return demo.staff.find((s) => s.id === id)?.name ?? '';
}

describe('ReviewArea', { timeout: 30_000 }, () => {
  it('publishes a warned posting only with a written justification, from the keyboard, and puts the reviewer on the record and in the history', async () => {
    const s = await store(warnFirstPending);
    const user = userEvent.setup();
    renderArea(ReviewArea, s, '王建华');
    const queue = await screen.findByRole('listbox', { name: /岗位列表/ });
    await waitFor(() => {
      expect(queue).toHaveFocus();
    });
    const posting = oldestPending(s.demo);
    await waitFor(() => {
      expect(within(queue).getByRole('option', { selected: true })).toHaveTextContent(posting.title);
    });
    expect(screen.getByRole('button', { name: /写明理由后发布 A/ })).toHaveAttribute('aria-keyshortcuts', 'A');
    expect(screen.getByText(/《就业促进法》第三条/)).toBeInTheDocument();

    await user.keyboard('a');
    const justification = await screen.findByLabelText(/发布理由/);
    await waitFor(() => {
      expect(justification).toHaveFocus();
    });
    await user.keyboard('太短{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('发布理由至少 10 个字');
    expect((await recordTable(s.db, 'postings').get(posting.id))?.status).toBe('pending_review');

    await user.keyboard('已电话核实：搬运重物，年龄要求有安全理由{Control>}{Enter}{/Control}');
    await waitFor(async () => {
      expect((await recordTable(s.db, 'postings').get(posting.id))?.status).toBe('published');
    });
    const saved = await recordTable(s.db, 'postings').get(posting.id);
    const reviewer = staffNamed(s.demo, '王建华');
    expect(saved?.reviewedBy).toBe(reviewer.id);
    expect(saved?.publishedBy).toBe(reviewer.id);
    expect(saved?.reviewNote).toBe('太短已电话核实：搬运重物，年龄要求有安全理由');
    const history = await recordTable(s.db, 'postingHistory').where('postingId').equals(posting.id).toArray();
    expect(history.map((h) => [h.action, h.staffId])).toEqual([['published', reviewer.id]]);
    expect(await screen.findByRole('status')).toHaveTextContent(`已发布：${posting.title}`);

    // The published tab shows the trail: collector, reviewer and publisher, and the history line.
    await user.keyboard('p');
    const detail = await screen.findByRole('article', { name: '岗位详情' });
    await waitFor(() => {
      expect(within(detail).getByRole('heading', { level: 3 })).toHaveTextContent(posting.title);
    });
    const trail = within(detail).getByRole('region', { name: /谁收集/ });
    expect(trail).toHaveTextContent(nameOf(s.demo, posting.collectedBy));
    expect(trail).toHaveTextContent('王建华（HCNJ002）');
    expect(within(detail).getByRole('region', { name: '岗位记录' })).toHaveTextContent('审核通过并发布');
  });

  it('refuses, under four-eyes, to let the collector approve their own posting and writes nothing', async () => {
    const s = await store();
    const user = userEvent.setup();
    const posting = oldestPending(s.demo);
    renderArea(ReviewArea, s, nameOf(s.demo, posting.collectedBy));
    const queue = await screen.findByRole('listbox', { name: /岗位列表/ });
    await waitFor(() => {
      expect(within(queue).getByRole('option', { selected: true })).toHaveTextContent(posting.title);
    });
    expect(screen.getByText('双人审核：不能审核自己采集的岗位')).toBeInTheDocument();
    await user.keyboard('a');
    expect(await screen.findByRole('alert')).toHaveTextContent('不能审核自己采集的岗位');
    expect((await recordTable(s.db, 'postings').get(posting.id))?.status).toBe('pending_review');
    expect(await recordTable(s.db, 'postingHistory').count()).toBe(0);
  });

  it('rejects with reason chips on the number keys plus text, and the next posting takes the selection', async () => {
    const s = await store();
    const user = userEvent.setup();
    const pending = s.demo.postings
      .filter((x) => x.status === 'pending_review')
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    const [first, second] = pending;
    if (first === undefined || second === undefined) throw new Error('demo needs two pending postings');
    renderArea(ReviewArea, s, '王建华');
    const queue = await screen.findByRole('listbox', { name: /岗位列表/ });
    await waitFor(() => {
      expect(within(queue).getByRole('option', { selected: true })).toHaveTextContent(first.title);
    });
    await user.keyboard('r');
    const chip = await screen.findByRole('checkbox', { name: /含歧视性内容/ });
    await waitFor(() => {
      expect(chip).toHaveFocus();
    });
    // Nothing chosen: the rejection needs a reason.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('退回须选择或填写原因');
    await user.keyboard('12');
    expect(screen.getByRole('checkbox', { name: /含歧视性内容/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /薪酬或计酬方式不清/ })).toBeChecked();
    await user.keyboard('2');
    expect(screen.getByRole('checkbox', { name: /薪酬或计酬方式不清/ })).not.toBeChecked();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('补充说明')).toHaveFocus();
    await user.keyboard('写了“限本地户口”{Control>}{Enter}{/Control}');
    await waitFor(async () => {
      expect((await recordTable(s.db, 'postings').get(first.id))?.status).toBe('rejected');
    });
    const saved = await recordTable(s.db, 'postings').get(first.id);
    expect(saved?.reviewNote).toBe('含歧视性内容；写了“限本地户口”');
    expect(saved?.publishedBy).toBeNull();
    await waitFor(() => {
      expect(within(queue).getByRole('option', { selected: true })).toHaveTextContent(second.title);
    });
  });

  it('unpublishes a published posting with a reason, and expires the ones past their date', async () => {
    const s = await store((demo) => {
      const p = demo.postings.find((x) => x.status === 'published');
      if (p === undefined) throw new Error('no published posting');
      return [
        {
          table: 'postings',
          record: { ...p, validUntil: '2026-11-20', hlc: laterStamp(p.hlc) },
        },
      ];
    });
    const user = userEvent.setup();
    renderArea(ReviewArea, s, '张丽');
    const queue = await screen.findByRole('listbox', { name: /岗位列表/ });
    await user.keyboard('p');
    await waitFor(() => {
      expect(within(queue).getAllByRole('option').length).toBeGreaterThan(1);
    });
    const selected = within(queue).getByRole('option', { selected: true });
    const targetId = selected.getAttribute('data-id') ?? '';
    await user.keyboard('u');
    const reason = await screen.findByLabelText('下架原因');
    await waitFor(() => {
      expect(reason).toHaveFocus();
    });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('下架须写明原因');
    await user.keyboard('用工单位来电：已招满{Control>}{Enter}{/Control}');
    await waitFor(async () => {
      expect((await recordTable(s.db, 'postings').get(targetId))?.status).toBe('withdrawn');
    });
    await user.keyboard('e');
    expect(await screen.findByText('已将 1 个过期岗位下线')).toBeInTheDocument();
    const history = await recordTable(s.db, 'postingHistory').toArray();
    expect(history.map((h) => h.action).sort()).toEqual(['expired', 'unpublished']);
  });
});
