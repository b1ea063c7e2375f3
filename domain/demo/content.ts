// What the kiosk's policy, training, notice and start-up pages and the
// display's ticker show (第八条, 第九条, 第十条). Short, plain texts a walk-in
// can act on: what it is, who qualifies, where to go. Amounts and terms are
// the published national or Chongqing ones; each text sends the reader to the
// window for the current details rather than promising more than a notice can.

import type { ContentItem, ContentKind } from '../records/service';
import type { Market, OpeningHours } from '../records/market';
import { parseRecord } from '../records/registry';
import { addDays } from '../clock/local-day';
import { DEMO_SERVICES } from './services';
import type { Stamper } from './stamper';

interface ContentSpec {
  readonly kind: ContentKind;
  readonly title: string;
  readonly body: string;
  readonly source: string;
  readonly priority: number;
  /** City-wide items (marketId null) come from the municipal bureau and show in every market. */
  readonly cityWide?: boolean;
  /** Days the item stays up; undefined = until withdrawn. */
  readonly runsFor?: number;
}

const DISTRICT_BUREAU = '合川区人力资源和社会保障局';
const CITY_BUREAU = '重庆市人力资源和社会保障局';

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const;

/** 周一至周五 08:30-17:30；周六 09:00-12:00 — the notice must say what the market record says. */
const dayName = (weekday: number): string => `周${WEEKDAY_NAMES[weekday - 1] ?? String(weekday)}`;

/** 周一至周五 for a run of days, 周一、周三 otherwise. */
function describeDays(weekdays: readonly number[]): string {
  const first = weekdays[0];
  const last = weekdays.at(-1);
  const isRun =
    first !== undefined && last !== undefined && weekdays.length > 1 && last - first === weekdays.length - 1;
  return isRun ? `${dayName(first)}至${dayName(last)}` : weekdays.map(dayName).join('、');
}

export function describeHours(hours: readonly OpeningHours[]): string {
  return hours.map((h) => `${describeDays(h.weekdays)} ${h.open}-${h.close}`).join('；');
}

/** “政策咨询”票（D字头）: how a reader asks for the right window at the kiosk. */
function ticketFor(code: string): string {
  const service = DEMO_SERVICES.find((s) => s.code === code);
  if (service === undefined) throw new Error(`未知服务 / unknown demo service: ${code}`);
  return `“${service.label}”票（${service.lane}字头）`;
}

function specs(market: Market): readonly ContentSpec[] {
  const policyTicket = ticketFor('policy');
  const trainingTicket = ticketFor('training-startup');
  return [
    {
      kind: 'policy',
      title: '就业困难人员灵活就业社会保险补贴',
      body:
        '就业困难人员以灵活就业方式就业并缴纳城镇职工基本养老、医疗、失业保险费的，可按规定申请社会保险补贴。' +
        '补贴期限最长3年，距法定退休年龄不足5年的可延长至退休。' +
        `请携带身份证和缴费凭证，取${policyTicket}到窗口咨询办理，具体标准以人力社保部门公布为准。`,
      source: DISTRICT_BUREAU,
      priority: 8,
    },
    {
      kind: 'policy',
      title: '新就业形态就业人员职业伤害保障',
      body:
        '重庆是职业伤害保障试点地区。在试点平台接单的外卖骑手、即时配送员、网约车和同城货运司机，' +
        '由平台按单缴纳保障费用，个人不缴费。工作中受到事故伤害的，请及时通过平台报案，' +
        '也可拨打12333咨询待遇申领。',
      source: CITY_BUREAU,
      priority: 7,
      cityWide: true,
    },
    {
      kind: 'policy',
      title: '创业担保贷款',
      body:
        '符合条件的城乡创业人员可申请创业担保贷款，个人最高30万元，按规定享受财政贴息。' +
        `申请条件和所需材料请取${trainingTicket}咨询，额度和期限以经办银行和担保机构审核为准。`,
      source: DISTRICT_BUREAU,
      priority: 6,
    },
    {
      kind: 'policy',
      title: '零工人员意外伤害保险',
      body:
        '从事装卸、建筑、家政等零工的朋友，建议按本人意愿办理合规的意外伤害保险，按天或按月投保均可。' +
        `需要帮助的，可取${policyTicket}由工作人员协助了解和办理。`,
      source: DISTRICT_BUREAU,
      priority: 5,
    },
    {
      kind: 'training',
      title: '家政服务员职业技能培训',
      body:
        '面向有意从事家政服务的求职人员开班，内容包括家居保洁、家庭烹饪、衣物洗涤与收纳、母婴与老人照护基础。' +
        `培训合格可参加职业技能等级认定，符合条件的按规定享受培训补贴。报名请取${trainingTicket}。`,
      source: DISTRICT_BUREAU,
      priority: 6,
      runsFor: 45,
    },
    {
      kind: 'training',
      title: '养老护理员培训班',
      body:
        '开设养老护理员初级工培训班，学习生活照料、基础照护、康复服务和安全防护，理论与实操结合。' +
        `结业后可推荐到区内养老机构和居家养老服务岗位。报名请取${trainingTicket}。`,
      source: DISTRICT_BUREAU,
      priority: 5,
      runsFor: 60,
    },
    {
      kind: 'training',
      title: '电工、焊工特种作业培训信息',
      body:
        '电工、焊工属于特种作业，上岗须持有效的特种作业操作证。本市场可提供具备资质的培训机构名单和开班时间，' +
        '考试合格由应急管理部门发证。',
      source: DISTRICT_BUREAU,
      priority: 4,
    },
    {
      kind: 'notice',
      title: '市场开放时间',
      body: `${market.name}开放时间：${describeHours(market.hours)}，法定节假日另行通知。咨询电话：${market.phone}。`,
      source: market.name,
      priority: 9,
    },
    {
      kind: 'notice',
      title: '求职安全提示',
      body:
        '正规招聘不收取押金、服装费或培训费，不扣押身份证件。遇到先交钱再上岗、扣押证件或承诺高薪轻松赚钱的，' +
        `请立即停止并告诉窗口工作人员，或拨打权益维护投诉咨询电话${market.rightsHotline}。`,
      source: market.name,
      priority: 9,
    },
    {
      kind: 'notice',
      title: '欠薪怎么办',
      body:
        '干完活拿不到工钱，请保留好工作记录、聊天记录和转账凭证，' +
        `取${ticketFor('rights')}到窗口反映，或拨打${market.rightsHotline}。市场可协助对接人民调解和法律援助。`,
      source: market.name,
      priority: 8,
    },
    {
      kind: 'startup',
      title: '创业培训报名',
      body:
        '为有创业意愿的人员提供创业意识培训、创业计划书辅导和模拟经营，培训合格颁发结业证书，' +
        `可作为申请创业担保贷款的材料。报名请取${trainingTicket}。`,
      source: DISTRICT_BUREAU,
      priority: 5,
      runsFor: 30,
    },
    {
      kind: 'startup',
      title: '开业指导',
      body:
        '准备开店、办厂的，窗口提供经营主体登记、税务登记和社保登记的流程指导，所需材料一次性告知。' +
        `请取${trainingTicket}。`,
      source: DISTRICT_BUREAU,
      priority: 4,
    },
    {
      kind: 'startup',
      title: '创业孵化基地推介',
      body:
        '区内创业孵化基地为初创企业和个体经营者提供低成本场地、政策咨询、财务代理和融资对接等服务，' +
        '入驻须提交申请并通过评审。想了解基地位置和空余工位的，请到窗口咨询。',
      source: DISTRICT_BUREAU,
      priority: 3,
    },
  ];
}

export function buildContent(stamper: Stamper, market: Market, today: string, nowMillis: number): ContentItem[] {
  return specs(market).map((spec, i) => {
    const validFrom = addDays(today, -(3 + i));
    return parseRecord('contentItems', {
      ...stamper.stamp(nowMillis - (3 + i) * 86_400_000),
      marketId: spec.cityWide === true ? null : market.id,
      kind: spec.kind,
      title: spec.title,
      body: spec.body,
      source: spec.source,
      validFrom,
      validUntil: spec.runsFor === undefined ? null : addDays(validFrom, spec.runsFor),
      priority: spec.priority,
    });
  });
}
