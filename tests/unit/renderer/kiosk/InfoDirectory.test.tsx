import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { recordTable, type TerminalDb } from '../../../../renderer/db/database';
import { startKiosk } from './start-kiosk';
import { TODAY } from './support';

let dbs: TerminalDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function openTile(name: string) {
  const kiosk = await startKiosk();
  dbs.push(kiosk.db);
  await userEvent.click(screen.getByRole('button', { name }));
  return kiosk;
}

describe('kiosk information pages and directory', { timeout: 20_000 }, () => {
  it('技能培训 shows every training item valid today for this market or the city, and nothing else', async () => {
    const { db, market } = await openTile('技能培训');
    const expected = (await recordTable(db, 'contentItems').toArray()).filter(
      (c) =>
        c.kind === 'training' &&
        !c.deleted &&
        (c.marketId === null || c.marketId === market.id) &&
        c.validFrom <= TODAY &&
        (c.validUntil === null || c.validUntil >= TODAY),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const c of expected) expect(await screen.findByRole('heading', { name: c.title })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(expected.length);
  });

  it("维权与保险 gives the market's complaint line first", async () => {
    const { market } = await openTile('维权与保险');
    expect(await screen.findByRole('heading', { name: `维权投诉电话：${market.rightsHotline}` })).toBeInTheDocument();
  });

  it('零工市场名录 lists this market first, with hours, phone and a QR', async () => {
    const { market } = await openTile('零工市场名录');
    const first = (await screen.findAllByRole('listitem'))[0];
    if (first === undefined) throw new Error('empty directory');
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(`${market.name} · 本市场`);
    expect(first).toHaveTextContent(`电话：${market.phone}`);
    expect(await screen.findByRole('img', { name: '零工市场名录二维码' })).toBeInTheDocument();
  });
});
