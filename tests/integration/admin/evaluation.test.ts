// A market's evaluation over a period through the console: figures from the
// synced records, the ECharts chart as SVG, and the XLSX export.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_API } from '../../../sync/protocol/admin';
import { importRecords } from '../../../sync/server/store/import-records';
import { MIN, T0, makeEvent, makeTicket } from '../../unit/domain/queue/fixtures';
import { consoleWorld, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;

beforeEach(async () => {
  world = await consoleWorld();
  const marketId = world.markets.spbA.id;
  const ticket = { ...makeTicket({ lane: 'A', number: 1, issuedAtMs: T0 }), marketId };
  const events = [
    makeEvent(ticket, 'printed', T0 + 1000),
    makeEvent(ticket, 'called', T0 + 6 * MIN, { windowNumber: 1 }),
  ].map((e) => ({ ...e, marketId }));
  await importRecords(world.server.store, [
    { table: 'tickets', record: ticket },
    ...events.map((record) => ({ table: 'ticketEvents' as const, record })),
  ]);
});
afterEach(async () => {
  await world.close();
});

const url = (id: string, period: string, xlsx = false) =>
  `${ADMIN_API}/markets/${id}/evaluation${xlsx ? '.xlsx' : ''}?period=${encodeURIComponent(period)}`;

describe('the evaluation page', () => {
  it('counts the month’s tickets and waits from the synced records and draws them as an SVG chart', async () => {
    const city = await world.as('city');
    const res = await city.request('GET', url(world.markets.spbA.id, '2026-11'));
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      days: { day: string; ticketsTotal: number }[];
      total: { ticketsTotal: number; waitMinutes: { p50: number } };
      chartSvg: string;
    }>();
    expect(body.days).toHaveLength(30);
    expect(body.days.find((d) => d.day === '2026-11-26')?.ticketsTotal).toBe(1);
    expect(body.total).toMatchObject({ ticketsTotal: 1, waitMinutes: { p50: 6 } });
    expect(body.chartSvg.startsWith('<svg')).toBe(true);
    expect(body.chartSvg).toContain('取号');
    const other = await city.request('GET', url(world.markets.jlp.id, '2026-11'));
    expect(other.json<{ total: { ticketsTotal: number } }>().total.ticketsTotal).toBe(0);
  });

  it('exports the same figures as an XLSX workbook, one row a day and a total', async () => {
    const manager = await world.as('spbA');
    const res = await manager.request('GET', url(world.markets.spbA.id, '2026-11', true));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(res.rawPayload).buffer);
    const sheet = book.getWorksheet('2026-11');
    if (sheet === undefined) throw new Error('no sheet');
    // Title, blank, header, 30 days, total.
    expect(sheet.rowCount).toBe(34);
    const day26 = sheet.getRow(3 + 26);
    expect(day26.getCell(1).value).toBe('2026-11-26');
    expect(day26.getCell(2).value).toBe(1);
    expect(sheet.getRow(34).getCell(1).value).toBe('合计 Total');
    expect(sheet.getRow(34).getCell(2).value).toBe(1);
  });

  it('refuses a market out of reach and a period it cannot read', async () => {
    const other = await world.as('spbB');
    expect((await other.request('GET', url(world.markets.spbA.id, '2026-11'))).statusCode).toBe(403);
    const city = await world.as('city');
    expect((await city.request('GET', url(world.markets.spbA.id, '2026-13'))).statusCode).toBe(400);
    expect((await city.request('GET', url(world.markets.spbA.id, 'last month'))).statusCode).toBe(400);
  });
});
