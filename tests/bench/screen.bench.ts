// screen.throughput: postings screened per second (normalisation, every rule,
// every field check) over 10,000 generated postings with varied wording, some
// of it discriminatory, some traditional or full-width, some with fields
// missing. Baseline: the same postings through schema validation alone (the
// lenient exchange parse plus the strict stored-posting schema), i.e. what
// intake would cost with no screening at all.
import { postingContentSchema } from '../../domain/posting/content';
import { parseLooseExchange } from '../../domain/posting/exchange';
import { screenPosting } from '../../domain/posting/screen';
import type { Benchmark } from './harness';

const COUNT = 10_000;
const SEED = 20_261_126;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  '门店临时帮工',
  '仓库理货',
  '餐厅传菜',
  '小区保洁',
  '快递分拣',
  '工地小工',
  '家政保洁',
  '展会搭建',
  '超市促销',
];
const OCCUPATIONS = [
  '营业员',
  '理货员',
  '餐厅服务员',
  '保洁员',
  '快递员',
  '建筑工人',
  '家政服务员',
  '搬运工',
  '促销员',
];
const SKILLS = [
  '会使用收银机',
  '有相关经验优先',
  '吃苦耐劳，服从安排',
  '需持健康证',
  '会骑电动车',
  '性别不限',
  '男女不限，18周岁以上',
  '熟悉重庆路况',
  '能适应站立工作',
];
const CONTENT = [
  '周末促销期间理货、收银协助',
  '负责货物上架、盘点，包午餐',
  '菜市场到餐馆的蔬菜配送，工资日结',
  '小区公共区域清洁，工具公司提供',
  '分拣包裹，按件计酬，多劳多得',
  '协助师傅搬运材料，提供工作服，不收押金',
  '免费培训上岗，公司不收取任何费用',
  '展台搭建与拆除，按天结算，包工作餐',
];
/** Wording that should trip a rule, mixed in at random. */
const VIOLATIONS = [
  '仅限女性',
  '男士优先',
  '限本地户籍',
  '乙肝携带者勿扰',
  '已婚已育优先',
  '入职需交押金200元',
  '公司代为保管身份证',
  '14周岁以上即可',
  '限40岁以下',
  '有意者加微信详聊',
  '月入过万，轻松赚钱',
  '僅 限 男 性',
  '不招收少數民族',
  '残疾人勿扰',
];
const DISTRICTS = ['沙坪坝区', '渝中区', '九龙坡区', '南岸区', '两江新区', '渝北区', '北碚区', '巴南区', '万州区'];
const UNITS = ['hour', 'day', 'piece', 'task', 'month'];
const METHODS = ['daily', 'weekly', 'monthly', 'on_completion'];

function generatePostings(count: number, seed: number): Record<string, unknown>[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const roll = random();
    let skills = pick(SKILLS);
    let content = pick(CONTENT);
    // About a quarter of the postings carry one violation, in the skills or the content.
    if (roll < 0.12) skills = `${skills}，${pick(VIOLATIONS)}`;
    else if (roll < 0.25) content = `${content}。${pick(VIOLATIONS)}`;
    const posting: Record<string, unknown> = {
      id: `bench-${i}`,
      title: pick(TITLES),
      occupation: pick(OCCUPATIONS),
      skills,
      location: { district: pick(DISTRICTS), address: `某某路${1 + Math.floor(random() * 300)}号` },
      duration: `2026-12-0${1 + Math.floor(random() * 9)}，每天${8 + Math.floor(random() * 3)}:00-18:00`,
      content,
      pay: { amount: 15 + Math.floor(random() * 300), unit: pick(UNITS), method: pick(METHODS) },
      headcount: 1 + Math.floor(random() * 20),
      validUntil: '2026-12-31',
      employer: { name: '重庆某商贸有限公司', creditCode: '91500106MA5YH2L8QN' },
      contact: { name: '周经理', phone: `139${String(10_000_000 + Math.floor(random() * 89_999_999))}` },
    };
    // A few postings arrive with a field missing, as imports do.
    if (random() < 0.03) delete posting.pay;
    return posting;
  });
}

/**
 * Both rates measured in alternating turns, so a burst of load from another
 * process slows both alike instead of skewing the ratio. Each turn screens a
 * tenth of the postings (screening is the slow side) and validates all of them.
 */
function interleavedRates(postings: readonly unknown[], minMillis: number): { screen: number; validate: number } {
  const slice = Math.ceil(postings.length / 10);
  let screened = 0;
  let validated = 0;
  let screenMillis = 0;
  let validateMillis = 0;
  for (let turn = 0; screenMillis < minMillis || validateMillis < minMillis; turn++) {
    const from = (turn % 10) * slice;
    let start = performance.now();
    screened += screenAll(postings.slice(from, from + slice));
    screenMillis += performance.now() - start;
    start = performance.now();
    validated += validateAll(postings);
    validateMillis += performance.now() - start;
  }
  return { screen: (screened * 1000) / screenMillis, validate: (validated * 1000) / validateMillis };
}

function screenAll(postings: readonly unknown[]): number {
  for (const p of postings) screenPosting(p);
  return postings.length;
}

function validateAll(postings: readonly unknown[]): number {
  for (const p of postings) {
    const parsed = parseLooseExchange(p);
    if (parsed.ok) postingContentSchema.safeParse({ ...parsed.posting, occupationCode: null });
  }
  return postings.length;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'screen.throughput',
    unit: 'postings/s',
    better: 'higher',
    run() {
      const postings = generatePostings(COUNT, SEED);
      // Warm both paths up (rule compilation, JIT) so neither pays for it in the measurement.
      screenAll(postings.slice(0, 500));
      validateAll(postings.slice(0, 500));
      const rates = interleavedRates(postings, 2000);
      return Promise.resolve({ value: rates.screen, baseline: rates.validate });
    },
  },
];
