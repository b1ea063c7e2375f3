import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NowCalling, RECENT_CALLS } from '../../../../renderer/display/NowCalling';
import type { CallView } from '../../../../renderer/display/use-display-queue';
import { I18nProvider } from '../../../../renderer/i18n';

function calls(n: number): CallView[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    ticketId: `t${i}`,
    display: `A${String(i + 1).padStart(3, '0')}`,
    windowNumber: 1 + (i % 3),
    atMillis: i,
    recall: false,
  }));
}

describe('NowCalling', () => {
  it('renders the latest call and only the last few before it, however many the day has had', () => {
    render(
      <I18nProvider>
        <NowCalling calls={calls(800)} speakingId={null} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('A800→2 号窗口');
    const recent = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(recent).toHaveLength(RECENT_CALLS);
    expect(recent[0]).toHaveTextContent('A799 → 1 号窗口');
  });

  it('marks a recall in the recent calls and flashes each new call afresh', () => {
    const list = calls(2);
    const [first, second] = list;
    if (first === undefined || second === undefined) throw new Error('fixture');
    const recall: CallView = { ...first, id: 'r1', atMillis: 5, recall: true };
    const { rerender } = render(
      <I18nProvider>
        <NowCalling calls={[...list, recall]} speakingId="r1" />
      </I18nProvider>,
    );
    const flashing = screen.getByLabelText('请 A001 号 到 1 号窗口 办理');
    expect(flashing).toHaveClass('call-flash', 'speaking');
    rerender(
      <I18nProvider>
        <NowCalling calls={[...list, recall, { ...second, id: 'r2', recall: true }]} speakingId={null} />
      </I18nProvider>,
    );
    // A new element (keyed by event id), so the CSS flash animation runs again.
    expect(screen.getByLabelText('请 A002 号 到 2 号窗口 办理')).not.toBe(flashing);
    expect(screen.getByRole('list')).toHaveTextContent('A001 → 1 号窗口 · 重呼');
  });
});
