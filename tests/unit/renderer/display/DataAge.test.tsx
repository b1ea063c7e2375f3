import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { syncStatusMachine } from '../../../../sync/client';
import { DataAge } from '../../../../renderer/display/DataAge';
import { I18nProvider } from '../../../../renderer/i18n';

const T = Date.parse('2026-11-26T08:00:00.000Z');

function statusActor() {
  const actor = createActor(syncStatusMachine, { input: { now: () => T } });
  actor.start();
  return actor;
}

function renderAge(status: ReturnType<typeof statusActor>, nowMs: number) {
  return render(
    <I18nProvider>
      <DataAge status={status} nowMs={nowMs} />
    </I18nProvider>,
  );
}

const offline = { kind: 'offline', failure: { code: 'network', message: { zh: '网络', en: 'network' } } } as const;

describe('DataAge', () => {
  it('says the display has never synced before the first success', () => {
    renderAge(statusActor(), T);
    expect(screen.getByRole('status')).toHaveTextContent('尚未与服务器同步');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows how long ago the data was brought up to date', () => {
    const status = statusActor();
    status.send({ type: 'SYNC.STARTED', at: T });
    status.send({ type: 'SYNC.SUCCEEDED', at: T, pending: 0 });
    const { rerender } = renderAge(status, T + 20_000);
    expect(screen.getByRole('status')).toHaveTextContent('数据更新于 刚刚');
    rerender(
      <I18nProvider>
        <DataAge status={status} nowMs={T + 5 * 60_000} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('数据更新于 5 分钟前');
  });

  it('warns plainly once offline for more than two minutes, and not before', () => {
    const status = statusActor();
    status.send({ type: 'SYNC.STARTED', at: T });
    status.send({ type: 'SYNC.SUCCEEDED', at: T, pending: 0 });
    status.send({ type: 'SYNC.STARTED', at: T + 60_000 });
    status.send({ type: 'SYNC.FAILED', at: T + 60_000, ...offline });
    const { rerender } = renderAge(status, T + 2 * 60_000);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <I18nProvider>
        <DataAge status={status} nowMs={T + 6 * 60_000} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('网络已中断 5 分钟，显示的信息可能不是最新');
    expect(screen.getByRole('status')).toHaveTextContent('数据更新于 6 分钟前');
  });

  it('drops the warning as soon as a sync succeeds again', () => {
    const status = statusActor();
    status.send({ type: 'SYNC.STARTED', at: T });
    status.send({ type: 'SYNC.FAILED', at: T, ...offline });
    renderAge(status, T + 10 * 60_000);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => {
      status.send({ type: 'SYNC.STARTED', at: T + 10 * 60_000 });
      status.send({ type: 'SYNC.SUCCEEDED', at: T + 10 * 60_000, pending: 0 });
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
