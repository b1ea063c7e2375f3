// The slip travels the real transport (electron/print/escpos-tcp.ts, which
// needs only node:net) to a printer on loopback that decodes what it receives.
import { afterEach, describe, expect, it } from 'vitest';
import { sendRawToPrinter } from '../../../electron/print/escpos-tcp';
import { ticketPageUrl, ticketSlipBytes, type TicketSlip } from '../../../domain/printing/ticket-layout';
import { printedLines } from './support/escpos-decode';
import { startFakePrinter, type FakePrinter } from './support/fake-printer';

const slip: TicketSlip = {
  marketName: '合川区南津街农民工零工市场',
  serviceLabel: '求职登记',
  display: 'A023',
  priority: 'none',
  peopleAhead: 5,
  wait: { kind: 'range', peopleAhead: 5, lowMinutes: 10, highMinutes: 18, basis: 'today' },
  issuedAtMillis: Date.parse('2026-11-26T02:05:00.000Z'),
  ticketUrl: ticketPageUrl('http://127.0.0.1:8080', '019ac123-4567-7abc-8def-0123456789ab'),
  rightsHotline: '12333',
};

let printer: FakePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

describe('printing a ticket to a network printer on loopback', () => {
  for (const paper of [58, 80] as const) {
    it(`the printer receives the ${paper} mm slip's number, QR payload and cut`, async () => {
      printer = await startFakePrinter();
      const bytes = ticketSlipBytes(slip, paper);
      const result = await sendRawToPrinter({ host: printer.host, port: printer.port, timeoutMs: 3000 }, bytes);
      expect(result).toEqual({ ok: true, via: 'network' });

      const job = await printer.nextJob();
      expect(job.bytes).toEqual(bytes);
      const texts = printedLines(job.commands).map((l) => l.text);
      expect(texts).toContain('A023');
      expect(texts).toContain('求职登记');
      expect(job.commands).toContainEqual({ kind: 'qr-store', data: slip.ticketUrl });
      expect(job.commands).toContainEqual({ kind: 'qr-print' });
      expect(job.commands.at(-1)).toEqual({ kind: 'cut', partial: true, feedLines: 4 });
    });
  }

  it('a printer that keeps the connection open still counts as printed after the grace period', async () => {
    printer = await startFakePrinter({ closeAfterJob: false });
    const result = await sendRawToPrinter(
      { host: printer.host, port: printer.port, timeoutMs: 3000 },
      ticketSlipBytes(slip, 58),
      { closeGraceMs: 50 },
    );
    expect(result).toEqual({ ok: true, via: 'network' });
    expect(printedLines((await printer.nextJob()).commands).map((l) => l.text)).toContain('A023');
  });

  it('a printer that is not there is reported as refused, in Chinese and English', async () => {
    printer = await startFakePrinter();
    const { port } = printer;
    await printer.close();
    printer = null;
    const result = await sendRawToPrinter({ host: '127.0.0.1', port, timeoutMs: 3000 }, ticketSlipBytes(slip, 58));
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
  });
});
