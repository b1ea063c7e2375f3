// The queue slip (DESIGN §5, issue 4): market, service, the big number, people
// ahead, the estimated wait as a range, the time taken, a QR of the phone page
// that shows the ticket's live position, and the rights hotline (第九条(一)).
// Chinese only on paper: the slip is for the seeker, and 58 mm is narrow.
import type { Priority } from '../records/queue';
import { describeWait, type WaitEstimate } from '../queue/estimate';
import { PRIORITY_LABELS } from '../queue/fairness';
import { CELLS, rule, spread, wrap, type PaperWidthMm } from './columns';
import { EscPosBuilder } from './escpos';

export interface TicketSlip {
  readonly marketName: string;
  readonly serviceLabel: string;
  /** `A023`. */
  readonly display: string;
  readonly priority: Priority;
  readonly peopleAhead: number;
  readonly wait: WaitEstimate;
  readonly issuedAtMillis: number;
  readonly timeZone?: string;
  /** `<server>/t/<ticket id>`, see ticketPageUrl. */
  readonly ticketUrl: string;
  readonly rightsHotline: string;
  /** 即时快招: the job the seeker asked for, so the window and the seeker both see it on the slip. */
  readonly job?: { readonly title: string; readonly employerName: string };
}

/** The phone page of a ticket: `<server>/t/<ticket id>`, whatever the server URL's trailing slash. */
export function ticketPageUrl(serverUrl: string, ticketId: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/t/${encodeURIComponent(ticketId)}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-26 16:30` in the market's zone. */
export function slipTime(millis: number, timeZone = 'Asia/Shanghai'): string {
  let f = timeFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(millis));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The ESC/POS bytes of a queue slip for a 58 or 80 mm roll. */
export function ticketSlipBytes(slip: TicketSlip, paper: PaperWidthMm): Uint8Array {
  const cells = CELLS[paper];
  const numberSize = paper === 80 ? 4 : 3;
  const p = new EscPosBuilder().init().chineseMode(true);

  p.align('center').bold(true).size(2, 2);
  for (const l of wrap(slip.marketName, cells / 2)) p.line(l);
  p.size(1, 1).bold(false);
  for (const l of wrap(slip.serviceLabel, cells)) p.line(l);
  if (slip.priority !== 'none') p.line(`（${PRIORITY_LABELS[slip.priority].zh}优先）`);
  p.line(rule(cells));

  p.size(numberSize, numberSize).bold(true).line(slip.display).size(1, 1).bold(false);
  p.line(rule(cells));
  if (slip.job !== undefined) {
    p.align('left').bold(true);
    for (const l of wrap(`报名岗位：${slip.job.title}`, cells)) p.line(l);
    p.bold(false);
    for (const l of wrap(`用工单位：${slip.job.employerName}`, cells)) p.line(l);
    p.line(rule(cells));
  }

  p.align('left');
  for (const l of spread('前面等候', `${slip.peopleAhead} 人`, cells)) p.line(l);
  for (const l of spread('预计等候', describeWait(slip.wait).zh, cells)) p.line(l);
  for (const l of spread('取号时间', slipTime(slip.issuedAtMillis, slip.timeZone), cells)) p.line(l);
  p.line('请留意叫号，过号请到窗口咨询');

  p.align('center').feed(1);
  p.qr(slip.ticketUrl, { moduleSize: paper === 80 ? 6 : 5, errorCorrection: 'M' });
  p.line('手机扫码，随时查看排队进度');
  p.line(rule(cells));
  p.bold(true).line(`维权热线 ${slip.rightsHotline}`).bold(false);
  return p.align('left').cut().bytes();
}
