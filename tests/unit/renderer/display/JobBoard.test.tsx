import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Posting } from '../../../../domain/records/posting';
import { JobBoard } from '../../../../renderer/display/JobBoard';
import { fitCount } from '../../../../renderer/display/use-fit-count';
import { I18nProvider } from '../../../../renderer/i18n';
import { makeId, postingDraft, remoteStamp, T0 } from '../db/fixtures';

function postings(n: number): Posting[] {
  return Array.from({ length: n }, (_, i) => ({
    ...postingDraft({ title: `岗位${String(i + 1).padStart(2, '0')}` }),
    id: makeId(),
    hlc: remoteStamp(T0),
    deleted: false,
  }));
}

function titles(): string[] {
  const board = screen.getByRole('region', { name: /零工岗位/ });
  return within(board)
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label') ?? '');
}

function renderBoard(list: Posting[], pageSize = 4) {
  return render(
    <I18nProvider>
      <JobBoard postings={list} fallbackPageSize={pageSize} pageSeconds={15} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('JobBoard', () => {
  it('pages by itself every N seconds and wraps round to the first page', () => {
    renderBoard(postings(10));
    expect(titles()).toEqual(['岗位01', '岗位02', '岗位03', '岗位04']);
    expect(screen.getByText('第 1/3 页')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(titles()).toEqual(['岗位05', '岗位06', '岗位07', '岗位08']);
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(titles()).toEqual(['岗位09', '岗位10']);
    expect(screen.getByText('第 3/3 页')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(titles()).toEqual(['岗位01', '岗位02', '岗位03', '岗位04']);
  });

  it('goes back to the first page when postings are withdrawn and its page no longer exists', () => {
    const all = postings(10);
    const { rerender } = renderBoard(all);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(titles()[0]).toBe('岗位09');
    rerender(
      <I18nProvider>
        <JobBoard postings={all.slice(0, 5)} fallbackPageSize={4} pageSeconds={15} />
      </I18nProvider>,
    );
    expect(titles()).toEqual(['岗位01', '岗位02', '岗位03', '岗位04']);
  });

  it('shows one page without a page number when every posting fits, and stops its timer when removed', () => {
    const { unmount } = renderBoard(postings(3));
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(titles()).toHaveLength(3);
    expect(screen.queryByText(/第 \d+\/\d+ 页/)).toBeNull();
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('fitCount', () => {
  it('shows whole rows of cards only, never a card cut off at the bottom', () => {
    // 5 rows of 100 px with 10 px gaps need 540 px; 539 px holds only 4.
    expect(fitCount({ height: 540, cardHeight: 100, gap: 10, columns: 2 }, 6)).toBe(10);
    expect(fitCount({ height: 539, cardHeight: 100, gap: 10, columns: 2 }, 6)).toBe(8);
  });

  it('keeps at least one row, and the fallback when nothing was measured', () => {
    expect(fitCount({ height: 40, cardHeight: 100, gap: 10, columns: 3 }, 6)).toBe(3);
    expect(fitCount({ height: 0, cardHeight: 100, gap: 10, columns: 3 }, 6)).toBe(6);
  });
});
