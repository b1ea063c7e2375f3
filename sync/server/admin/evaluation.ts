// A market's evaluation over a period, from its synced records: the figures
// (domain/evaluation), a chart drawn by ECharts on the server as SVG (the
// console shows it as is, so no chart script runs in the browser), and the
// same figures as an XLSX workbook (exceljs) for the district's report.
import * as echarts from 'echarts';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { localDay } from '../../../domain/clock/local-day';
import { evaluatePeriod, type Period, type PeriodEvaluation } from '../../../domain/evaluation/period';
import type { TodayFigures } from '../../../domain/figures/today';
import { deriveQueue } from '../../../domain/queue/ticket-state';
import type { Market } from '../../../domain/records/market';
import type { Database } from '../store/schema';
import { readTable } from './records-write';

export async function evaluateMarket(db: Kysely<Database>, market: Market, period: Period): Promise<PeriodEvaluation> {
  const ids = [market.id];
  const [tickets, events, postings, seekers, applications, serviceRecords, surveys] = await Promise.all([
    readTable(db, 'tickets', ids),
    readTable(db, 'ticketEvents', ids),
    readTable(db, 'postings', ids),
    readTable(db, 'seekers', ids),
    readTable(db, 'applications', ids),
    readTable(db, 'serviceRecords', ids),
    readTable(db, 'surveyResponses', ids),
  ]);
  return evaluatePeriod(period, {
    dayOf: (iso) => localDay(Date.parse(iso), market.timeZone),
    tickets: deriveQueue(tickets, events),
    postings,
    seekers,
    applications,
    serviceRecords,
    surveys,
  });
}

/** Daily tickets, registrations, referrals and hires as bars, the median wait as a line. */
export function evaluationChartSvg(ev: PeriodEvaluation, title: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 960, height: 360 });
  const days = ev.days.map((d) => d.day.slice(5));
  chart.setOption({
    animation: false,
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    legend: { top: 28 },
    grid: { top: 70, left: 50, right: 60, bottom: 40 },
    xAxis: { type: 'category', data: days },
    yAxis: [
      { type: 'value', name: '人次', minInterval: 1 },
      { type: 'value', name: '等候中位/分钟', position: 'right' },
    ],
    series: [
      { name: '取号', type: 'bar', data: ev.days.map((d) => d.ticketsTotal) },
      { name: '求职登记', type: 'bar', data: ev.days.map((d) => d.registrations) },
      { name: '推荐', type: 'bar', data: ev.days.map((d) => d.referrals) },
      { name: '上岗', type: 'bar', data: ev.days.map((d) => d.hires) },
      { name: '等候中位', type: 'line', yAxisIndex: 1, data: ev.days.map((d) => d.waitMinutes.p50) },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const COLUMNS: readonly {
  header: string;
  key: string;
  width: number;
  value: (f: TodayFigures) => number | string | null;
}[] = [
  { header: '日期 Day', key: 'day', width: 14, value: (f) => f.day },
  { header: '取号 Tickets', key: 'tickets', width: 12, value: (f) => f.ticketsTotal },
  { header: '过号 No-shows', key: 'noShows', width: 12, value: (f) => f.noShows },
  { header: '等候中位(分) Wait p50', key: 'waitP50', width: 16, value: (f) => f.waitMinutes.p50 },
  { header: '等候P90(分) Wait p90', key: 'waitP90', width: 16, value: (f) => f.waitMinutes.p90 },
  { header: '办理中位(分) Service p50', key: 'serviceP50', width: 18, value: (f) => f.serviceMinutes.p50 },
  { header: '采集岗位 Collected', key: 'collected', width: 14, value: (f) => f.postingsCollected },
  { header: '发布岗位 Published', key: 'published', width: 14, value: (f) => f.postingsPublished },
  { header: '退回岗位 Rejected', key: 'rejected', width: 14, value: (f) => f.postingsRejected },
  { header: '求职登记 Registrations', key: 'registrations', width: 16, value: (f) => f.registrations },
  { header: '推荐 Referrals', key: 'referrals', width: 12, value: (f) => f.referrals },
  { header: '上岗 Hires', key: 'hires', width: 10, value: (f) => f.hires },
  { header: '评价数 Surveys', key: 'surveys', width: 12, value: (f) => f.survey.responses },
  { header: '满意率 Satisfied', key: 'satisfied', width: 12, value: (f) => f.survey.satisfiedShare },
];

export async function evaluationWorkbook(ev: PeriodEvaluation, market: Market, now: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gig-kiosk';
  book.created = new Date(now);
  const sheet = book.addWorksheet(ev.period.id);
  sheet.addRow([`${market.name} 评估 ${ev.period.first} – ${ev.period.last}`]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  for (const f of ev.days) sheet.addRow(COLUMNS.map((c) => c.value(f)));
  const total = sheet.addRow(COLUMNS.map((c) => (c.key === 'day' ? '合计 Total' : c.value(ev.total))));
  total.font = { bold: true };
  sheet.getColumn('satisfied').numFmt = '0.0%';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
