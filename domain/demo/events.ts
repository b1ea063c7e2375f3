// The market's coming 专场招聘 (第七条(三): at least one a month, each listed
// on 渝职聘). Two in the demo, a fortnight apart, on weekday mornings when the
// market is open, so the display's "upcoming events" strip has something to show.

import { addDays } from '../clock/local-day';
import type { Market } from '../records/market';
import type { RecruitmentEvent } from '../records/service';
import { parseRecord } from '../records/registry';
import { isoInstant, isoWeekday, localMillis } from './calendar';
import type { DemoEmployer } from './employers';
import type { Stamper } from './stamper';

const ORGANISER = '合川区就业和人才服务局、南津街街道办事处';

/** The first Wednesday at least a week after `today`: time to tell employers and seekers. */
function firstEventDay(today: string): string {
  let day = addDays(today, 7);
  while (isoWeekday(day) !== 3) day = addDays(day, 1);
  return day;
}

function season(day: string): string {
  const month = Number(day.slice(5, 7));
  return month <= 2 || month === 12 ? '冬季' : month <= 5 ? '春季' : month <= 8 ? '夏季' : '秋季';
}

/** Businesses that hire any of `codes`; households post at the window but do not take a stand at a fair. */
function exhibitors(employers: readonly DemoEmployer[], codes: readonly string[]): string[] {
  return employers
    .filter((e) => e.record.kind !== 'person' && e.hires.some((c) => codes.includes(c)))
    .map((e) => e.record.id);
}

export function buildRecruitmentEvents(
  stamper: Stamper,
  market: Market,
  employers: readonly DemoEmployer[],
  today: string,
  nowMillis: number,
): RecruitmentEvent[] {
  const first = firstEventDay(today);
  const second = addDays(first, 14);
  const venue = `${market.address}（岗位发布对接区）`;
  const events = [
    {
      day: first,
      title: `${season(first)}零工用工专场招聘会`,
      description:
        '物流装卸、餐饮服务、保洁保安、食品和电子厂普工等短期岗位集中招聘，现场面谈、即时对接。' +
        '求职人员请携带身份证，可提前在自助查询机或“渝职聘”平台查看参会企业和岗位。',
      employerIds: exhibitors(employers, ['loading', 'warehouse', 'waiter', 'cleaning', 'security', 'factory']),
    },
    {
      day: second,
      title: '建筑装修技工专场对接会',
      description:
        '泥工、木工、钢筋工、水电工、油漆工、焊工专场。持有特种作业操作证的请带上证件原件，' +
        '现场可登记技能信息，市场工作人员协助确认用工结果。',
      employerIds: exhibitors(employers, ['mason', 'carpenter', 'rebar', 'plumbing-electrical', 'painter', 'welder']),
    },
  ];
  return events.map((event, i) =>
    parseRecord('recruitmentEvents', {
      ...stamper.stamp(nowMillis - (5 - i) * 86_400_000),
      marketId: market.id,
      title: event.title,
      startsAt: isoInstant(localMillis(event.day, '09:00')),
      endsAt: isoInstant(localMillis(event.day, '12:00')),
      venue,
      organiser: ORGANISER,
      description: event.description,
      employerIds: event.employerIds,
      listedOnYzp: true,
    }),
  );
}
