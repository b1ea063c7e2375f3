import { describe, expect, it } from 'vitest';
import {
  filterLedger,
  ledgerCsv,
  ledgerRow,
  ledgerTotals,
  type LedgerLookups,
  type LedgerSource,
} from '../../../../domain/window/ledger';

const rec = (over: Partial<LedgerSource> = {}): LedgerSource => ({
  id: 'r1',
  deleted: false,
  day: '2026-12-03',
  serviceCode: 'seeker-registration',
  staffId: 's1',
  seekerId: 'k1',
  employerId: null,
  outcome: 'notice_given',
  missingMaterials: ['身份证', '照片'],
  startedAt: '2026-12-03T01:00:00.000Z',
  finishedAt: '2026-12-03T01:12:00.000Z',
  note: '下午再来, 带齐材料\n"急"',
  ...over,
});
const look = (unmasked: boolean): LedgerLookups => ({
  serviceLabel: () => '求职登记',
  staff: () => ({ name: '王芳', staffNo: 'YZ007' }),
  seeker: () => ({ name: '张三丰', phone: '13812341234' }),
  employer: () => undefined,
  unmasked,
  clock: (iso) => iso.slice(11, 16),
});

describe('ledger', () => {
  it('masks the seeker unless the role may see them', () => {
    expect(ledgerRow(rec(), look(false))).toMatchObject({ seeker: '张**', phone: '138****1234', minutes: 12 });
    expect(ledgerRow(rec(), look(true))).toMatchObject({ seeker: '张三丰', phone: '13812341234' });
  });

  it('filters by range, staff and outcome and leaves deleted rows out', () => {
    const rows = [
      rec(),
      rec({ id: 'r2', day: '2026-12-01' }),
      rec({ id: 'r3', deleted: true }),
      rec({ id: 'r4', staffId: 's2' }),
    ];
    expect(filterLedger(rows, { from: '2026-12-02', staffId: 's1' }).map((r) => r.id)).toEqual(['r1']);
    expect(ledgerTotals(filterLedger(rows, {}))).toMatchObject({
      services: 3,
      byOutcome: { notice_given: 3 },
      minutes: 36,
    });
  });

  it('writes a CSV with a BOM, Chinese heads, and commas, quotes and newlines quoted', () => {
    const csv = ledgerCsv([ledgerRow(rec(), look(false))]);
    expect(csv.startsWith('\uFEFF日期,开始,结束')).toBe(true);
    expect(csv).toContain('"下午再来, 带齐材料\n""急"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses a cell that Excel would run as a formula', () => {
    expect(ledgerCsv([ledgerRow(rec({ note: '=HYPERLINK("x")' }), look(false))])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
