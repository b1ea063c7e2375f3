import { describe, expect, it, vi } from 'vitest';
import type { GigKioskApi, PrintResult, TerminalView } from '../../../../electron/ipc-contract';
import { printEscPosSlip, printModeOf, SLIP_PAGE_HEIGHT_MM } from '../../../../renderer/state/ticket-print';
import type { IssuedTicket } from '../../../../renderer/state/ticket-issue';

const TICKET: IssuedTicket = {
  ticketId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  marketId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c',
  display: 'A012',
  lane: 'A',
  service: {
    code: 'seeker-registration',
    lane: 'A',
    label: '求职登记',
    labelEn: 'Registration',
    icon: 'person-search',
  },
  priority: 'none',
  peopleAhead: 3,
  wait: { kind: 'range', peopleAhead: 3, lowMinutes: 7, highMinutes: 15, basis: 'today' },
  issuedAtMillis: Date.parse('2026-11-26T02:00:00Z'),
  source: 'lease',
  ticketUrl: 'http://server/t/0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  job: null,
  applicationId: null,
};
const FACTS = { marketName: '渝中区解放碑零工市场', rightsHotline: '12333', timeZone: 'Asia/Shanghai' };

function fakeApi(printer: TerminalView['printer'], result: PrintResult = { ok: true, via: 'network' }) {
  const printEscPos = vi.fn((_req: { bytes: Uint8Array }) => Promise.resolve(result));
  const printPage = vi.fn((_req: { heightMm: number }) => Promise.resolve(result));
  const api = {
    getConfig: () => Promise.resolve({ printer } as TerminalView),
    printEscPos,
    printPage,
  } as unknown as GigKioskApi;
  return { api, printEscPos, printPage };
}

describe('printEscPosSlip', () => {
  it('sends ESC/POS bytes for the configured roll width to a network printer', async () => {
    const { api, printEscPos, printPage } = fakeApi({ paperWidth: 58, network: true });
    await expect(printEscPosSlip(api, TICKET, FACTS)).resolves.toEqual({ ok: true });
    expect(printEscPos).toHaveBeenCalledTimes(1);
    expect(printPage).not.toHaveBeenCalled();
    const bytes = printEscPos.mock.calls[0]?.[0].bytes ?? new Uint8Array();
    // ESC @ (initialise) first, a cut (GS V) near the end.
    expect([...bytes.slice(0, 2)]).toEqual([0x1b, 0x40]);
    expect(bytes.includes(0x1d)).toBe(true);
  });

  it('falls back to the silent system print of the slip page without a network printer', async () => {
    const { api, printEscPos, printPage } = fakeApi({ paperWidth: 80, network: false }, { ok: true, via: 'system' });
    await expect(printEscPosSlip(api, TICKET, FACTS)).resolves.toEqual({ ok: true });
    expect(printEscPos).not.toHaveBeenCalled();
    expect(printPage).toHaveBeenCalledWith({ heightMm: SLIP_PAGE_HEIGHT_MM, paperWidth: 80 });
  });

  it("passes on the printer service's own words when the print fails", async () => {
    const message = { zh: '打印机缺纸', en: 'out of paper' };
    const { api } = fakeApi({ paperWidth: 80, network: true }, { ok: false, reason: 'refused', message });
    await expect(printEscPosSlip(api, TICKET, FACTS)).resolves.toEqual({ ok: false, message });
  });

  it('treats a broken IPC call as a failed print rather than throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = { getConfig: () => Promise.reject(new Error('main gone')) } as unknown as GigKioskApi;
    await expect(printEscPosSlip(api, TICKET, FACTS)).resolves.toEqual({ ok: false, message: null });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('printModeOf', () => {
  it('prints ESC/POS under Electron and falls back to the print preview in a browser', () => {
    expect(printModeOf(window)).toBe('preview');
    expect(printModeOf({ gigKiosk: {} } as unknown as Window)).toBe('escpos');
  });
});
