import { describe, expect, it } from 'vitest';
import { printWidth } from '../../../../domain/printing/gbk';
import { slipTime, ticketPageUrl, ticketSlipBytes, type TicketSlip } from '../../../../domain/printing/ticket-layout';
import { decodeEscPos, printedLines } from '../../../integration/printing/support/escpos-decode';

const slip: TicketSlip = {
  marketName: '合川区南津街农民工零工市场',
  serviceLabel: '即时快招对接',
  display: 'C023',
  priority: 'elderly',
  peopleAhead: 3,
  wait: { kind: 'range', peopleAhead: 3, lowMinutes: 9, highMinutes: 15, basis: 'today' },
  issuedAtMillis: Date.parse('2026-11-26T08:30:00.000Z'),
  ticketUrl: ticketPageUrl('http://192.168.1.10:8080/', '019ac123-4567-7abc-8def-0123456789ab'),
  rightsHotline: '12333',
};

describe('ticket slip layout', () => {
  it('links to the ticket’s phone page on the server', () => {
    expect(slip.ticketUrl).toBe('http://192.168.1.10:8080/t/019ac123-4567-7abc-8def-0123456789ab');
  });

  it('prints the time in the market’s zone', () => {
    expect(slipTime(slip.issuedAtMillis)).toBe('2026-11-26 16:30');
  });

  for (const [paper, cells] of [
    [58, 32],
    [80, 48],
  ] as const) {
    it(`on ${paper} mm paper, carries every part of the slip and no line is wider than ${cells} cells`, () => {
      const commands = decodeEscPos(ticketSlipBytes(slip, paper));
      expect(commands[0]).toEqual({ kind: 'init' });
      expect(commands[1]).toEqual({ kind: 'chinese-mode', on: true });
      expect(commands.at(-1)).toMatchObject({ kind: 'cut', partial: true });
      expect(commands).toContainEqual({ kind: 'qr-store', data: slip.ticketUrl });
      expect(commands).toContainEqual({ kind: 'qr-error-correction', level: 'M' });
      expect(commands).toContainEqual({ kind: 'qr-print' });

      const lines = printedLines(commands);
      const texts = lines.map((l) => l.text);
      expect(lines.find((l) => l.text === 'C023')?.width).toBeGreaterThanOrEqual(3);
      expect(texts.join('\n')).toContain('合川区南津街');
      expect(texts).toContain('即时快招对接');
      expect(texts).toContain('（老年人优先）');
      expect(texts.some((t) => /^前面等候 +3 人$/.test(t))).toBe(true);
      expect(texts.some((t) => /^预计等候 +约 9–15 分钟$/.test(t))).toBe(true);
      expect(texts.some((t) => /^取号时间 +2026-11-26 16:30$/.test(t))).toBe(true);
      expect(texts).toContain('维权热线 12333');
      for (const l of lines) expect(printWidth(l.text) * l.width).toBeLessThanOrEqual(cells);
    });
  }

  it('says 未知 when no window serves the lane', () => {
    const texts = printedLines(
      decodeEscPos(ticketSlipBytes({ ...slip, priority: 'none', wait: { kind: 'unknown', peopleAhead: 3 } }, 58)),
    ).map((l) => l.text);
    expect(texts.some((t) => t.includes('未知'))).toBe(true);
    expect(texts.some((t) => t.includes('优先'))).toBe(false);
  });

  it('prints the job title and employer on a 即时快招 slip, wrapped to the roll', () => {
    const job = { title: '小区保洁（长期日结，包午餐）', employerName: '重庆市渝中区某某物业管理有限公司' };
    const lines = printedLines(decodeEscPos(ticketSlipBytes({ ...slip, job }, 58)));
    const text = lines.map((l) => l.text).join('');
    expect(text).toContain(`报名岗位：${job.title}`);
    expect(text).toContain(`用工单位：${job.employerName}`);
    for (const l of lines) expect(printWidth(l.text) * l.width).toBeLessThanOrEqual(32);
    const plain = printedLines(decodeEscPos(ticketSlipBytes(slip, 58))).map((l) => l.text);
    expect(plain.some((t) => t.includes('报名岗位'))).toBe(false);
  });
});
