// GET /p/<posting id>: the phone page behind the QR on a kiosk's posting
// detail (issue 9), so a seeker can take the job with them. Server-rendered
// HTML without scripts, showing only what the posting publishes: the 第七条
// fields, headcount, valid until, the employer's name, and the contact with
// the phone masked (the market's own enquiry line is the way in). Reference
// data is in Chinese and English (domain/reference/labels); the posting's own
// words stay as written. An id that is not a published posting valid today
// gets a plain 404 page in Chinese and English.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { localDay } from '../../../domain/clock/local-day';
import { maskPhone } from '../../../domain/ids/mask';
import { uuidV7Schema } from '../../../domain/ids/uuidv7';
import { isOpenToday } from '../../../domain/posting/search';
import { marketSchema, type Market } from '../../../domain/records/market';
import { employerSchema } from '../../../domain/records/people';
import { postingSchema, type Posting } from '../../../domain/records/posting';
import { districtLabel, occupationLabel, payAmountLabel, payMethodLabel } from '../../../domain/reference/labels';
import type { Database } from '../store/schema';
import { escapeHtml } from '../../../domain/text/html';
import { phonePage } from './phone-page';

export const POSTING_PAGE_PREFIX = '/p/';

export interface PostingPageOptions {
  readonly db: Kysely<Database>;
  readonly now: () => number;
}

/** The one parameter the route takes, parsed (an allow-list of UUIDv7s, lower-cased). */
export const postingPageParamsSchema = z.object({
  postingId: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(uuidV7Schema),
});

async function readBody(db: Kysely<Database>, table: string, id: string): Promise<unknown> {
  const row = await db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', table)
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row === undefined ? null : (JSON.parse(row.body) as unknown);
}

export interface PostingView {
  readonly posting: Posting;
  readonly employerName: string | null;
  readonly market: Market | null;
}

/** A published posting still valid on the market's day at `now`, with its employer's name; null otherwise. */
export async function readPostingView(
  db: Kysely<Database>,
  postingId: string,
  now: number,
): Promise<PostingView | null> {
  const parsed = postingSchema.safeParse(await readBody(db, 'postings', postingId));
  if (!parsed.success) return null;
  const posting = parsed.data;
  if (!isOpenToday(posting, localDay(now))) return null;
  const [employer, market] = await Promise.all([
    readBody(db, 'employers', posting.employerId),
    readBody(db, 'markets', posting.marketId),
  ]);
  const e = employerSchema.safeParse(employer);
  const m = marketSchema.safeParse(market);
  return { posting, employerName: e.success ? e.data.name : null, market: m.success ? m.data : null };
}

const POSTING_STYLE = `.pay{font-size:30px;font-weight:bold;color:#b00020;margin:0 0 16px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0 0 16px}
dt{color:#4a4a4a}dd{margin:0}
.en{color:#4a4a4a;font-size:16px}`;

const page = (title: string, body: string): string => phonePage(title, body, POSTING_STYLE);

const label = (zh: string, en: string) => `${escapeHtml(zh)} <span class="en" lang="en">${escapeHtml(en)}</span>`;

export function renderPostingPage(view: PostingView): string {
  const p = view.posting;
  const both = (zh: string, en: string) => (zh === en ? escapeHtml(zh) : label(zh, en));
  const rows: [string, string][] = [
    [
      label('职业（工种）', 'Trade'),
      both(
        occupationLabel(p.occupationCode, p.occupation, 'zh'),
        occupationLabel(p.occupationCode, p.occupation, 'en'),
      ),
    ],
    [label('技能要求', 'Skills needed'), escapeHtml(p.skills)],
    [
      label('工作地点', 'Where'),
      `${both(districtLabel(p.location.district, 'zh'), districtLabel(p.location.district, 'en'))} ${escapeHtml(p.location.address)}`,
    ],
    [label('工作时长', 'Working time'), escapeHtml(p.duration)],
    [label('工作内容', 'The work'), escapeHtml(p.content)],
    [label('薪资待遇', 'Pay'), both(payAmountLabel(p.pay, 'zh'), payAmountLabel(p.pay, 'en'))],
    [label('计酬方式', 'Paid'), both(payMethodLabel(p.pay.method, 'zh'), payMethodLabel(p.pay.method, 'en'))],
    [label('招聘人数', 'People wanted'), escapeHtml(String(p.headcount))],
    [label('有效期至', 'Open until'), escapeHtml(p.validUntil)],
    [label('用工单位', 'Employer'), escapeHtml(view.employerName ?? '')],
    [label('联系人', 'Contact'), `${escapeHtml(p.contact.name)} ${escapeHtml(maskPhone(p.contact.phone))}`],
  ];
  const market =
    view.market === null
      ? ''
      : `<p>${label(`报名请到${view.market.name}，或致电 ${view.market.phone}`, `To apply, visit ${view.market.name} or call ${view.market.phone}`)}</p>
<p>${label(`维权电话 ${view.market.rightsHotline}`, `Rights hotline ${view.market.rightsHotline}`)}</p>`;
  const body = `
<h1>${escapeHtml(p.title)}</h1>
<p class="pay">${both(payAmountLabel(p.pay, 'zh'), payAmountLabel(p.pay, 'en'))} · ${both(payMethodLabel(p.pay.method, 'zh'), payMethodLabel(p.pay.method, 'en'))}</p>
<dl>
${rows.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('\n')}
</dl>
${market}`;
  return page(`${p.title} · 零工岗位`, body);
}

export function renderPostingNotFoundPage(): string {
  return page(
    '未找到岗位 / Job not found',
    `
<h1>未找到该岗位</h1>
<p>岗位可能已招满、下架或过期。请到零工市场窗口咨询其他岗位。</p>
<h1 lang="en">Job not found</h1>
<p lang="en">The job may be filled, withdrawn or expired. Please ask at the market's window for other jobs.</p>`,
  );
}

/** Register GET /p/:postingId on `app`. */
export function postingPageRoute(app: FastifyInstance, options: PostingPageOptions): void {
  app.get(`${POSTING_PAGE_PREFIX}:postingId`, async (request, reply) => {
    void reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const params = postingPageParamsSchema.safeParse(request.params);
    const view = params.success ? await readPostingView(options.db, params.data.postingId, options.now()) : null;
    if (view === null) return reply.code(404).type('text/html; charset=utf-8').send(renderPostingNotFoundPage());
    return reply.type('text/html; charset=utf-8').send(renderPostingPage(view));
  });
}
