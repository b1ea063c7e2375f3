// 台账 (第十二条(四)): every service the window gave, one row each, filtered
// by date range, staff, service and outcome, with totals, and exported for the
// district office. Chinese column heads because the office opens it in Excel;
// what a row holds of a seeker is masked unless the staff role may see it
// (PIPL: a spreadsheet travels further than a screen).
import { maskName, maskPhone } from '../ids/mask';
import type { ServiceOutcome, ServiceRecord } from '../records/service';

export const OUTCOME_LABELS: Readonly<Record<ServiceOutcome, string>> = {
  completed: '已办结',
  referred: '已推荐',
  notice_given: '一次性告知',
  consulted: '已咨询',
  escalated: '已移交',
  no_show: '未到',
};

export interface LedgerFilter {
  readonly from?: string;
  readonly to?: string;
  readonly staffId?: string;
  readonly serviceCode?: string;
  readonly outcome?: ServiceOutcome;
}

export type LedgerSource = Pick<
  ServiceRecord,
  | 'id'
  | 'deleted'
  | 'day'
  | 'serviceCode'
  | 'staffId'
  | 'seekerId'
  | 'employerId'
  | 'outcome'
  | 'missingMaterials'
  | 'startedAt'
  | 'finishedAt'
  | 'note'
>;

export interface LedgerLookups {
  readonly serviceLabel: (code: string) => string;
  readonly staff: (id: string) => { readonly name: string; readonly staffNo: string } | undefined;
  readonly seeker: (id: string) => { readonly name: string; readonly phone: string } | undefined;
  readonly employer: (id: string) => { readonly name: string } | undefined;
  /** Full seeker name and phone in the export: only roles that may see them. */
  readonly unmasked: boolean;
  /** Local HH:MM of an instant in the market's zone. */
  readonly clock: (iso: string) => string;
}

export const LEDGER_COLUMNS = [
  { key: 'day', head: '日期' },
  { key: 'start', head: '开始' },
  { key: 'end', head: '结束' },
  { key: 'minutes', head: '用时(分钟)' },
  { key: 'service', head: '服务事项' },
  { key: 'staff', head: '首问负责人' },
  { key: 'staffNo', head: '工号' },
  { key: 'seeker', head: '求职者' },
  { key: 'phone', head: '联系电话' },
  { key: 'employer', head: '用工主体' },
  { key: 'outcome', head: '办理结果' },
  { key: 'missing', head: '告知所缺材料' },
  { key: 'note', head: '备注' },
] as const;
export type LedgerKey = (typeof LEDGER_COLUMNS)[number]['key'];
export type LedgerRow = { readonly id: string } & Readonly<Record<LedgerKey, string | number>>;

export function filterLedger<R extends LedgerSource>(records: readonly R[], f: LedgerFilter): R[] {
  return records
    .filter(
      (r) =>
        !r.deleted &&
        (f.from === undefined || r.day >= f.from) &&
        (f.to === undefined || r.day <= f.to) &&
        (f.staffId === undefined || r.staffId === f.staffId) &&
        (f.serviceCode === undefined || r.serviceCode === f.serviceCode) &&
        (f.outcome === undefined || r.outcome === f.outcome),
    )
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1));
}

export function ledgerRow(r: LedgerSource, look: LedgerLookups): LedgerRow {
  const staff = look.staff(r.staffId);
  const seeker = r.seekerId === null ? undefined : look.seeker(r.seekerId);
  const employer = r.employerId === null ? undefined : look.employer(r.employerId);
  const minutes = Math.max(0, Math.round((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 60_000));
  return {
    id: r.id,
    day: r.day,
    start: look.clock(r.startedAt),
    end: look.clock(r.finishedAt),
    minutes,
    service: look.serviceLabel(r.serviceCode),
    staff: staff?.name ?? '',
    staffNo: staff?.staffNo ?? '',
    seeker: seeker === undefined ? '' : look.unmasked ? seeker.name : maskName(seeker.name),
    phone: seeker === undefined ? '' : look.unmasked ? seeker.phone : maskPhone(seeker.phone),
    employer: employer?.name ?? '',
    outcome: OUTCOME_LABELS[r.outcome],
    missing: r.missingMaterials.join('；'),
    note: r.note,
  };
}

export interface LedgerTotals {
  readonly services: number;
  readonly byOutcome: Readonly<Partial<Record<ServiceOutcome, number>>>;
  readonly byService: Readonly<Record<string, number>>;
  readonly minutes: number;
}

export function ledgerTotals(records: readonly LedgerSource[]): LedgerTotals {
  const byOutcome: Partial<Record<ServiceOutcome, number>> = {};
  const byService: Record<string, number> = {};
  let minutes = 0;
  for (const r of records) {
    byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
    byService[r.serviceCode] = (byService[r.serviceCode] ?? 0) + 1;
    minutes += Math.max(0, (Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 60_000);
  }
  return { services: records.length, byOutcome, byService, minutes: Math.round(minutes) };
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A cell Excel would run as a formula (=, +, -, @) is prefixed with a quote mark, so an export cannot carry one. */
function defuse(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function ledgerCells(row: LedgerRow): (string | number)[] {
  return LEDGER_COLUMNS.map((c) => defuse(row[c.key]));
}

/** UTF-8 with a BOM so Excel on Windows reads the Chinese right; CRLF line ends, as Excel writes them. */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const lines = [LEDGER_COLUMNS.map((c) => csvField(c.head)).join(',')];
  for (const r of rows) lines.push(ledgerCells(r).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
