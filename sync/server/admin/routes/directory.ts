// The public market directory (第十二条 信息公开): /markets as a page and
// /markets.json for machines, no sign-in. Only what a market publishes: no
// staff, no devices, no accounts.
import type { FastifyInstance } from 'fastify';
import type { Market } from '../../../../domain/records/market';
import { districtByCode } from '../../../../domain/reference/districts';
import { marketCallingRule, marketServices } from '../../../../domain/queue/market-queue';
import { describeRule } from '../../../../domain/queue/fairness';
import { directorySchema, type DirectoryEntry } from '../../../protocol/admin';
import type { AdminContext } from '../context';
import { readTable } from '../records-write';
import { escapeHtml as esc } from '../../../../domain/text/html';

export function directoryEntry(market: Market): DirectoryEntry {
  const district = districtByCode(market.district);
  const terms = new Map((market.serviceTerms ?? []).map((t) => [t.service, t]));
  return {
    id: market.id,
    name: market.name,
    kind: market.kind,
    district: { code: market.district, name: district?.name ?? market.district, nameEn: district?.nameEn ?? '' },
    address: market.address,
    hours: market.hours,
    phone: market.phone,
    rightsHotline: market.rightsHotline,
    services: marketServices(market).map((s) => ({
      code: s.code,
      label: s.label,
      labelEn: s.labelEn,
      materials: terms.get(s.code)?.materials ?? [],
      timeLimitMinutes: terms.get(s.code)?.timeLimitMinutes ?? null,
    })),
    callingRule: describeRule(marketCallingRule(market)).zh,
  };
}

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

function hoursText(m: DirectoryEntry): string {
  return m.hours.map((h) => `周${h.weekdays.map((d) => WEEKDAYS[d] ?? '').join('、')} ${h.open}–${h.close}`).join('；');
}

function page(entries: readonly DirectoryEntry[]): string {
  const cards = entries
    .map(
      (m) => `<article>
<h2>${esc(m.name)}</h2>
<dl>
<dt>区县 District</dt><dd>${esc(m.district.name)}</dd>
<dt>地址 Address</dt><dd>${esc(m.address)}</dd>
<dt>服务时间 Hours</dt><dd>${esc(hoursText(m))}</dd>
<dt>咨询电话 Phone</dt><dd><a href="tel:${esc(m.phone)}">${esc(m.phone)}</a></dd>
<dt>维权热线 Rights hotline</dt><dd><a href="tel:${esc(m.rightsHotline)}">${esc(m.rightsHotline)}</a></dd>
<dt>叫号规则 Calling rule</dt><dd>${esc(m.callingRule)}</dd>
</dl>
<table><caption>服务事项 Services</caption>
<thead><tr><th scope="col">服务</th><th scope="col">所需材料 Materials</th><th scope="col">办结时限 Time limit</th></tr></thead>
<tbody>${m.services
        .map(
          (s) =>
            `<tr><td>${esc(s.label)}</td><td>${s.materials.length === 0 ? '—' : esc(s.materials.join('、'))}</td><td>${
              s.timeLimitMinutes === null ? '—' : `${s.timeLimitMinutes} 分钟`
            }</td></tr>`,
        )
        .join('')}</tbody></table>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>零工市场名录 Gig market directory</title>
<style>body{font:18px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
article{border:1px solid #767676;border-radius:8px;padding:1rem;margin:1rem 0}dt{font-weight:700}dd{margin:0 0 .5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left}a{color:#0645ad}</style>
</head><body><main><h1>零工市场名录 <span lang="en">Gig market directory</span></h1>
<p><a href="/markets.json">JSON</a></p>
${entries.length === 0 ? '<p>暂无 None yet</p>' : cards}
</main></body></html>`;
}

async function entries(ctx: AdminContext): Promise<DirectoryEntry[]> {
  const markets = await readTable(ctx.db, 'markets');
  return markets
    .map(directoryEntry)
    .sort((a, b) => a.district.code.localeCompare(b.district.code) || a.name.localeCompare(b.name, 'zh-CN'));
}

export function directoryRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get('/markets.json', async () => directorySchema.parse({ formatVersion: 1, markets: await entries(ctx) }));
  app.get('/markets', async (_request, reply) => {
    void reply.type('text/html; charset=utf-8');
    return page(await entries(ctx));
  });
}
