// GET /t/<ticket id>: the phone page behind the QR on a queue slip (issue 4).
// Small server-rendered HTML, no scripts (a meta refresh every 15 s keeps it
// live): the number, the service by name with its lane letter, the ticket's
// state, the people ahead and the wait range — predicted by the market's
// calling rule (domain/queue/wait-prediction), the same order the windows
// call in — and the market's hours, district and rights hotline, every word of
// reference data in Chinese and English (domain/reference/labels). Nothing
// personal is on it: a ticket carries none, and the page shows only queue facts.
// An id that is not a ticket here gets a 404 page in Chinese and English. The
// reads, and the per-version cache that spares them, are in ticket-view.ts.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { describeWait } from '../../../domain/queue/estimate';
import { marketServices } from '../../../domain/queue/market-queue';
import { STANDARD_SERVICES } from '../../../domain/queue/standard-services';
import type { Market } from '../../../domain/records/market';
import { districtLabel, openingHoursListLabel } from '../../../domain/reference/labels';
import type { TicketState } from '../../../domain/queue/ticket-state';
import { uuidV7Schema } from '../../../domain/ids/uuidv7';
import type { Database } from '../store/schema';
import { TicketViews, type TicketView } from './ticket-view';
import type { RateLimiter } from '../http/rate-limit';
import { escapeHtml } from '../../../domain/text/html';

export const TICKET_PAGE_PREFIX = '/t/';
export const TICKET_PAGE_REFRESH_SECONDS = 15;

export interface TicketPageOptions {
  readonly db: Kysely<Database>;
  /** The server's clock: who is overdue by the calling rule is decided at it. */
  readonly now: () => number;
  /** Service labels by code; the demo market's until markets configure their own. */
  readonly services?: readonly { code: string; label: string; labelEn: string }[];
  /** Per client address: each hit reads at least the store's version. */
  readonly limiter?: RateLimiter;
}

interface Words {
  readonly zh: string;
  readonly en: string;
}

function stateWords(s: TicketState): Words {
  if (s.phase === 'called') {
    const w = String(s.windowNumber ?? '');
    return { zh: `请到 ${w} 号窗口办理`, en: `Please go to window ${w}` };
  }
  if (s.phase === 'serving') return { zh: '正在办理', en: 'Being served' };
  if (s.phase === 'closed') {
    switch (s.ending) {
      case 'done':
        return { zh: '已办结', en: 'Done' };
      case 'no_show':
        return { zh: '已过号，请到窗口咨询', en: 'Missed: please ask at a window' };
      case 'cancelled':
        return { zh: '已取消', en: 'Cancelled' };
      default:
        return { zh: '已过期', en: 'Expired' };
    }
  }
  if (!s.handedOut) return { zh: '号票尚未打印', en: 'Ticket not printed yet' };
  return { zh: '等候中', en: 'Waiting' };
}

function page(title: string, body: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? `<meta http-equiv="refresh" content="${String(TICKET_PAGE_REFRESH_SECONDS)}">` : ''}
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body{margin:0;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:20px;line-height:1.5;color:#1a1a1a;background:#fff}
main{max-width:32rem;margin:0 auto;padding:16px 20px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:20px;margin:16px 0 8px}
.note{color:#4a4a4a;font-size:16px}
.number{font-size:72px;font-weight:bold;text-align:center;margin:8px 0;letter-spacing:2px}
.state{font-size:28px;font-weight:bold;text-align:center;color:#b00020;margin:0 0 16px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 16px}
dt{color:#4a4a4a}dd{margin:0;font-weight:bold}
.en{color:#4a4a4a;font-size:16px}
</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}

function bilingual(zh: string, en: string): string {
  return `${escapeHtml(zh)} <span class="en" lang="en">${escapeHtml(en)}</span>`;
}

function marketFacts(market: Market | null): string {
  if (market === null) return '';
  return `<h2>${bilingual(market.name, 'Market')}</h2>
<dl>
<dt>${bilingual('所在区县', 'District')}</dt>
<dd>${bilingual(districtLabel(market.district, 'zh'), districtLabel(market.district, 'en'))}</dd>
<dt>${bilingual('服务时间', 'Opening hours')}</dt>
<dd>${bilingual(openingHoursListLabel(market.hours, 'zh'), openingHoursListLabel(market.hours, 'en'))}</dd>
<dt>${bilingual('维权电话', 'Rights hotline')}</dt>
<dd>${escapeHtml(market.rightsHotline)}</dd>
</dl>`;
}

export function renderTicketPage(view: TicketView, services: TicketPageOptions['services']): string {
  const s = view.state;
  const service = (services ?? STANDARD_SERVICES).find((x) => x.code === s.serviceCode);
  const words = stateWords(s);
  const serviceZh = service?.label ?? s.serviceCode;
  const serviceEn = service?.labelEn ?? s.serviceCode;
  const p = view.prediction;
  const wait = p === null ? null : describeWait(p.wait);
  const body = `
<h1>排队进度 <span class="en" lang="en">Queue position</span></h1>
<p class="number">${escapeHtml(s.display)}</p>
<p class="state">${escapeHtml(words.zh)} <span class="en" lang="en">${escapeHtml(words.en)}</span></p>
<dl>
<dt>办理业务 <span class="en" lang="en">Service</span></dt>
<dd data-service>${escapeHtml(serviceZh)} · ${escapeHtml(s.lane)} <span class="en" lang="en">${escapeHtml(serviceEn)} · lane ${escapeHtml(s.lane)}</span></dd>
${
  p === null || wait === null
    ? ''
    : `<dt>前面等候 <span class="en" lang="en">People ahead</span></dt>
<dd data-people-ahead="${String(p.peopleAhead)}">${String(p.peopleAhead)} 人 <span class="en" lang="en">${String(p.peopleAhead)} ${p.peopleAhead === 1 ? 'person' : 'people'}</span></dd>
<dt>预计等候 <span class="en" lang="en">Expected wait</span></dt>
<dd data-wait>${bilingual(wait.zh, wait.en)}</dd>`
}
</dl>
${p === null ? '' : '<p class="note">按本市场叫号规则推算，优先号可能先叫。<span class="en" lang="en">Worked out by this market\'s calling rule; priority tickets may be called first.</span></p>'}
${marketFacts(view.market)}
<p>本页每 ${String(TICKET_PAGE_REFRESH_SECONDS)} 秒自动刷新。<span class="en" lang="en">This page refreshes every ${String(TICKET_PAGE_REFRESH_SECONDS)} seconds.</span></p>`;
  return page(`${s.display} · 排队进度`, body, s.phase !== 'closed');
}

export function renderNotFoundPage(): string {
  return page(
    '未找到号票 / Ticket not found',
    `
<h1>未找到该号票</h1>
<p>二维码可能已过期，或号票尚未同步到服务器，请稍后再扫，或到窗口咨询。</p>
<h1 lang="en">Ticket not found</h1>
<p lang="en">The code may have expired, or the ticket has not reached the server yet. Scan again later, or ask at a window.</p>`,
    false,
  );
}

export function renderBusyPage(seconds: number): string {
  return page(
    '请稍后再试 / Try again shortly',
    `
<h1>查询太频繁，请 ${String(seconds)} 秒后再刷新</h1>
<h1 lang="en">Too many refreshes; try again in ${String(seconds)} s</h1>`,
    false,
  );
}

/** Register GET /t/:ticketId on `app`. */
export function ticketPageRoute(app: FastifyInstance, options: TicketPageOptions): void {
  const views = new TicketViews(options.db);
  app.get<{ Params: { ticketId: string } }>(`${TICKET_PAGE_PREFIX}:ticketId`, async (request, reply) => {
    void reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const wait = options.limiter?.take(`ip:${request.ip}`) ?? 0;
    if (wait > 0) {
      return reply
        .code(429)
        .header('retry-after', String(wait))
        .type('text/html; charset=utf-8')
        .send(renderBusyPage(wait));
    }
    const id = request.params.ticketId.toLowerCase();
    const view = uuidV7Schema.safeParse(id).success ? await views.view(id, options.now()) : null;
    if (view === null) return reply.code(404).type('text/html; charset=utf-8').send(renderNotFoundPage());
    const services = options.services ?? (view.market === null ? STANDARD_SERVICES : marketServices(view.market));
    return reply.type('text/html; charset=utf-8').send(renderTicketPage(view, services));
  });
}
