import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessLocks } from '../../../../sync/client/locks';
import { SyncEngine } from '../../../../sync/client/sync-engine';
import { openTerminalDb, type TerminalDb } from '../../../../renderer/db/database';
import { readRejections } from '../../../../renderer/db/outbox';
import { createDexieReplica } from '../../../../renderer/db/replica-port';
import { putRecord } from '../../../../renderer/db/repository';
import { I18nProvider } from '../../../../renderer/i18n';
import { SyncBadge } from '../../../../renderer/ui/SyncBadge';
import { FakeServer } from '../../sync/client/support/fake-server';
import { T0, dbName, deviceCtx, makeId, remoteStamp, sampleRecords } from '../db/fixtures';

const engines: SyncEngine[] = [];
const dbs: TerminalDb[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.dispose();
  for (const db of dbs.splice(0)) db.close();
});

/** A terminal database with two feedback entries queued; the server refuses the second. */
async function refusedTerminal(): Promise<{ db: TerminalDb; engine: SyncEngine; refusedId: string }> {
  const db = await openTerminalDb(dbName('badge'));
  dbs.push(db);
  const ctx = deviceCtx();
  const ids = [makeId(), makeId()];
  for (const id of ids) {
    const { hlc: _hlc, ...draft } = { ...sampleRecords(remoteStamp(T0)).feedback, id };
    await putRecord(db, ctx, 'feedback', draft);
  }
  const server = new FakeServer();
  server.reject.add(2);
  const engine = new SyncEngine({
    replica: createDexieReplica(db, ctx),
    baseUrl: 'http://x',
    token: 't',
    transport: server,
    locks: new InProcessLocks(),
    intervalMs: 0,
  });
  engines.push(engine);
  engine.start();
  return { db, engine, refusedId: ids[1] ?? '' };
}

function renderBadge(engine: SyncEngine, showRefusals: boolean) {
  return render(
    <I18nProvider>
      <SyncBadge engine={engine} showRefusals={showRefusals} />
    </I18nProvider>,
  );
}

describe('the sync badge and the server refusals', () => {
  it('lets staff read each refusal with its reason and clear it, in the local database too', async () => {
    const user = userEvent.setup();
    const { db, engine, refusedId } = await refusedTerminal();
    renderBadge(engine, true);
    const opener = await screen.findByRole('button', { name: '1 条被服务器拒绝 · 查看原因' });
    await user.click(opener);
    const panel = screen.getByRole('dialog', { name: '被服务器拒绝的记录' });
    expect(within(panel).getByText(`留言（编号 ${refusedId}）`)).toBeTruthy();
    expect(within(panel).getByText(/该类终端不能修改此类记录/)).toBeTruthy();
    expect(await readRejections(db)).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: '已处理，清除' }));
    expect(await screen.findByText('已同步')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: /被服务器拒绝/ })).toBeNull();
    expect(await readRejections(db)).toEqual([]);
  });

  it('shows a restarted terminal the refusals it kept', async () => {
    const first = await refusedTerminal();
    await first.engine.runner.whenIdle();
    await first.engine.dispose();
    engines.splice(engines.indexOf(first.engine), 1);

    const ctx = deviceCtx();
    const again = new SyncEngine({
      replica: createDexieReplica(first.db, ctx),
      baseUrl: 'http://x',
      token: 't',
      transport: new FakeServer(),
      locks: new InProcessLocks(),
      intervalMs: 0,
    });
    engines.push(again);
    again.start();
    renderBadge(again, true);
    expect(await screen.findByRole('button', { name: '1 条被服务器拒绝 · 查看原因' })).toBeTruthy();
  });

  it('shows only the count on a public screen, with nothing to open', async () => {
    const { engine } = await refusedTerminal();
    renderBadge(engine, false);
    expect(await screen.findByText(/1 条被服务器拒绝/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
