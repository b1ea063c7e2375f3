// GET /s/<seeker id>: the status page behind the QR on a kiosk's 求职登记
// receipt. It says only whether the registration has reached the server and
// on which day, never the name, phone or anything else in it (the id is a
// random UUIDv7 that only the seeker's receipt carries). Until the kiosk's
// outbox delivers it (the kiosk may be offline) the page says so plainly.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { uuidV7Schema } from '../../../domain/ids/uuidv7';
import { escapeHtml } from '../../../domain/text/html';
import type { Database } from '../store/schema';
import { phonePage } from './phone-page';

export const SEEKER_STATUS_PREFIX = '/s/';

export const seekerStatusParamsSchema = z.object({
  seekerId: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(uuidV7Schema),
});

const storedSeekerSchema = z.object({ registeredAt: z.iso.datetime() });

const page = (title: string, body: string): string => phonePage(title, body);

/** The day (Asia/Shanghai) the registration was made, or null when the server does not hold it. */
export async function readSeekerStatus(db: Kysely<Database>, seekerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('records')
    .select(['body'])
    .where('table_name', '=', 'seekers')
    .where('id', '=', seekerId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (row === undefined) return null;
  const parsed = storedSeekerSchema.safeParse(JSON.parse(row.body));
  if (!parsed.success) return null;
  const shanghai = new Date(Date.parse(parsed.data.registeredAt) + 8 * 3_600_000);
  return shanghai.toISOString().slice(0, 10);
}

export function renderSeekerReceived(day: string): string {
  return page(
    '登记已收到 / Registration received',
    `
<h1>您的求职登记已收到</h1>
<p>登记日期：${escapeHtml(day)}。有合适的岗位，零工市场工作人员会与您联系。查询、更正或删除您的信息，请到零工市场服务窗口。</p>
<h1 lang="en">Your registration has arrived</h1>
<p lang="en">Registered on ${escapeHtml(day)}. Market staff will contact you when a job fits. To see, correct or delete your details, ask at a service window.</p>`,
  );
}

export function renderSeekerPending(): string {
  return page(
    '登记尚未送达 / Not arrived yet',
    `
<h1>登记还没有送到服务器</h1>
<p>自助机可能暂时断网，联网后会自动送达，请稍后再扫一次。一天后仍是这样，请到零工市场服务窗口登记。</p>
<h1 lang="en">Your registration has not arrived yet</h1>
<p lang="en">The kiosk may be offline; it sends the registration once it is back. Scan again later. If it still has not arrived after a day, please register at a service window.</p>`,
  );
}

/** Register GET /s/:seekerId on `app`. */
export function seekerStatusRoute(app: FastifyInstance, options: { readonly db: Kysely<Database> }): void {
  app.get(`${SEEKER_STATUS_PREFIX}:seekerId`, async (request, reply) => {
    void reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const params = seekerStatusParamsSchema.safeParse(request.params);
    const day = params.success ? await readSeekerStatus(options.db, params.data.seekerId) : null;
    if (day === null) return reply.code(404).type('text/html; charset=utf-8').send(renderSeekerPending());
    return reply.type('text/html; charset=utf-8').send(renderSeekerReceived(day));
  });
}
