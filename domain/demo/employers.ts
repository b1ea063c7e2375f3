// The demo's employers (用工主体): companies, 个体工商户, one public body and a
// few households, most of them in 合川 and its neighbours. Names, places and
// trades are fixed so the board reads like a real one; contacts, phone
// numbers and credit codes are drawn from the seed.

import type { Employer } from '../records/people';
import type { Market } from '../records/market';
import { parseRecord } from '../records/registry';
import { FORMER_DISTRICTS, districtByCode } from '../reference/districts';
import { isoInstant } from './calendar';
import { demoContactName, demoLandline, demoMobile } from './contacts';
import { demoCreditCode, type CreditCodeKind } from './credit-code';
import { demoDistrictCode } from './places';
import type { Sector } from './posting-templates';
import type { Prng } from './prng';
import type { Stamper } from './stamper';

/** 'cooperative' is a 农民专业合作社: stored as a company, registered under its own category. */
type CatalogueKind = Employer['kind'] | 'cooperative';

export interface EmployerSpec {
  readonly name: string;
  readonly kind: CatalogueKind;
  readonly sector: Sector;
  readonly district: string;
  readonly address: string;
  /** Occupation codes (domain/reference/occupations) this employer posts. */
  readonly hires: readonly string[];
}

/** One catalogue line; `hires` is space-separated occupation codes so each employer stays on one line. */
const e = (
  name: string,
  kind: CatalogueKind,
  sector: Sector,
  district: string,
  address: string,
  hires: string,
): EmployerSpec => ({
  name,
  kind,
  sector,
  district,
  address,
  hires: hires.split(' '),
});

// A table, one employer per line, so it is kept out of the formatter's line breaking.
// prettier-ignore
export const EMPLOYER_CATALOGUE: readonly EmployerSpec[] = [
  // 合川区
  e('重庆津渝物流有限公司', 'company', 'logistics', '合川区', '合川工业园区草街拓展区物流大道16号', 'loading warehouse driver delivery'),
  e('重庆嘉禾家政服务有限公司', 'company', 'homecare', '合川区', '南津街街道南园路52号', 'housekeeping cleaning childcare elderly-care'),
  e('重庆康宁养老服务有限公司', 'company', 'care', '合川区', '合阳城街道文峰街88号', 'elderly-care kitchen-helper cleaning'),
  e('重庆钓鱼城建设工程有限公司', 'company', 'construction', '合川区', '钓鱼城街道希尔安大道201号', 'mason rebar carpenter site-labourer welder painter'),
  e('重庆合川宏达建筑劳务有限公司', 'company', 'construction', '合川区', '盐井街道盐井大道33号', 'site-labourer rebar carpenter mason'),
  e('重庆南津餐饮管理有限公司', 'company', 'catering', '合川区', '南津街街道久长路96号', 'waiter cook kitchen-helper dishwasher'),
  e('重庆市合川区老码头火锅店', 'individual_business', 'catering', '合川区', '合阳城街道交通街17号', 'waiter dishwasher kitchen-helper'),
  e('重庆瑞香食品有限公司', 'company', 'manufacturing', '合川区', '合川工业园区草街拓展区食品路8号', 'factory warehouse sales'),
  e('重庆金川电子科技有限公司', 'company', 'manufacturing', '合川区', '合川工业园区草街拓展区电子大道66号', 'factory warehouse electrician'),
  e('重庆安合物业服务有限公司', 'company', 'property', '合川区', '南津街街道南园路120号', 'security cleaning gardening repair electrician plumbing-electrical'),
  e('重庆嘉陵江保安服务有限公司', 'company', 'security', '合川区', '云门街道嘉陵江大道45号', 'security'),
  e('重庆绿源园林绿化工程有限公司', 'company', 'landscaping', '合川区', '钓鱼城街道希尔安大道76号', 'gardening'),
  e('重庆市合川区太和镇果蔬种植专业合作社', 'cooperative', 'farming', '合川区', '太和镇太和大道9号', 'farm loading'),
  e('重庆快达速递有限公司合川分公司', 'company', 'logistics', '合川区', '南津街街道久长路210号', 'courier delivery warehouse'),
  e('重庆市合川区惠民超市', 'individual_business', 'retail', '合川区', '合阳城街道文峰街130号', 'sales warehouse delivery'),
  e('重庆市合川区顺心搬家服务部', 'individual_business', 'logistics', '合川区', '盐井街道盐井大道118号', 'moving loading driver'),
  e('重庆市合川区洁亮汽车美容店', 'individual_business', 'auto', '合川区', '云门街道嘉陵江大道150号', 'car-wash repair'),
  e('重庆云帆客户服务有限公司', 'company', 'office', '合川区', '南津街街道南园路8号', 'customer-service clerk'),
  e('重庆文峰广告传媒有限公司', 'company', 'events', '合川区', '合阳城街道文峰街26号', 'flyers event-staff sales'),
  e('重庆新城装饰工程有限公司', 'company', 'renovation', '合川区', '钓鱼城街道希尔安大道158号', 'painter plumbing-electrical carpenter mason electrician'),
  e('重庆市合川区南津街街道社区卫生服务中心', 'public_body', 'health', '合川区', '南津街街道久长路60号', 'cleaning clerk security'),
  e('王女士', 'person', 'household', '合川区', '南津街街道南园路', 'housekeeping childcare'),
  e('刘先生', 'person', 'household', '合川区', '合阳城街道交通街', 'painter plumbing-electrical moving'),
  // 北碚区
  e('重庆缙云会展服务有限公司', 'company', 'events', '北碚区', '北温泉街道温泉路19号', 'event-staff flyers'),
  e('重庆市北碚区天生小面馆', 'individual_business', 'catering', '北碚区', '天生街道天生路73号', 'cook waiter dishwasher'),
  e('重庆蔡家仓储服务有限公司', 'company', 'logistics', '北碚区', '蔡家岗街道同兴路210号', 'warehouse loading courier'),
  e('陈女士', 'person', 'household', '北碚区', '天生街道天生路', 'elderly-care housekeeping'),
  // 铜梁区
  e('重庆龙城机械制造有限公司', 'company', 'manufacturing', '铜梁区', '铜梁高新区蒲吕片区机械路12号', 'welder factory electrician'),
  e('重庆市铜梁区巴川农家乐', 'individual_business', 'catering', '铜梁区', '巴川街道龙城大道305号', 'farm kitchen-helper waiter'),
  e('重庆城东保洁服务有限公司', 'company', 'property', '铜梁区', '东城街道金砂路41号', 'cleaning gardening'),
  // 潼南区
  e('重庆绿丰蔬菜种植有限公司', 'company', 'farming', '潼南区', '桂林街道兴潼大道188号', 'farm loading driver'),
  e('重庆恒锐汽车零部件有限公司', 'company', 'manufacturing', '潼南区', '潼南高新区工业园恒锐路6号', 'factory welder warehouse'),
  e('重庆市潼南区梓潼小吃店', 'individual_business', 'catering', '潼南区', '梓潼街道凉风垭路22号', 'cook dishwasher'),
  // 璧山区
  e('重庆青杠鞋业有限公司', 'company', 'manufacturing', '璧山区', '青杠街道青杠大道99号', 'factory warehouse'),
  e('重庆璧城同城配送有限公司', 'company', 'logistics', '璧山区', '璧城街道东林大道57号', 'delivery courier driver'),
  e('赵先生', 'person', 'household', '璧山区', '璧泉街道双星大道', 'repair plumbing-electrical moving'),
  // 两江新区
  e('重庆礼嘉商业管理有限公司', 'company', 'retail', '两江新区', '礼嘉街道礼嘉大道88号', 'sales security cleaning event-staff customer-service'),
  e('重庆鸳鸯冷链物流有限公司', 'company', 'logistics', '两江新区', '鸳鸯街道金渝大道150号', 'warehouse loading driver'),
  e('重庆两江数智客服有限公司', 'company', 'office', '两江新区', '两路街道双龙大道36号', 'customer-service clerk'),
  // 主城
  e('重庆三峡广场商贸有限公司', 'company', 'retail', '沙坪坝区', '三峡广场步行街18号', 'sales flyers'),
  e('重庆西永电子配件有限公司', 'company', 'manufacturing', '沙坪坝区', '西永街道西永大道27号', 'factory warehouse'),
  e('重庆解放碑餐饮管理有限公司', 'company', 'catering', '渝中区', '解放碑民族路101号', 'waiter cook dishwasher'),
  e('重庆市九龙坡区杨家坪家电维修服务部', 'individual_business', 'repair', '九龙坡区', '杨家坪西郊路44号', 'repair electrician'),
];

const CODE_KINDS: Readonly<Record<Exclude<CatalogueKind, 'person'>, Omit<CreditCodeKind, 'division'>>> = {
  company: { authority: '9', category: '1' },
  individual_business: { authority: '9', category: '2' },
  cooperative: { authority: '9', category: '3' },
  public_body: { authority: '1', category: '2' }, // 事业单位, registered with 机构编制
};

/**
 * The division a body's credit code carries. A district with only a
 * project-local code (两江新区) has no division code to issue, so its bodies
 * carry the code of a former district it took over (江北区, 渝北区), as their
 * licences do.
 */
function registrationDivision(districtCode: string): string {
  if (districtByCode(districtCode)?.codeSource !== 'local') return districtCode;
  const former = FORMER_DISTRICTS.find((f) => f.successorCode === districtCode);
  if (former === undefined) throw new Error(`区县没有可用的行政区划码 / no division code for ${districtCode}`);
  return former.code;
}

/** A registered employer together with the trades it posts, for the posting generator. */
/** The demo registers employers at the window, so every one has its contact. */
export type RegisteredEmployer = Employer & { readonly contact: NonNullable<Employer['contact']> };

export interface DemoEmployer {
  readonly record: RegisteredEmployer;
  readonly sector: Sector;
  readonly hires: readonly string[];
  readonly districtName: string;
}

export function buildEmployers(
  prng: Prng,
  stamper: Stamper,
  market: Market,
  /** Ids of the staff who take employer registrations. */
  registrars: readonly string[],
  nowMillis: number,
): DemoEmployer[] {
  return EMPLOYER_CATALOGUE.map((spec) => {
    const district = demoDistrictCode(spec.district);
    // After the staff who registered them started (buildStaff: ~100 days ago).
    const registeredMillis = nowMillis - prng.int(10, 90) * 86_400_000 - prng.int(0, 8 * 3_600_000);
    const creditCode =
      spec.kind === 'person'
        ? null
        : demoCreditCode(prng, { ...CODE_KINDS[spec.kind], division: registrationDivision(district) });
    // A household is its own contact; a business names someone at its desk.
    const contactName = spec.kind === 'person' ? spec.name : demoContactName(prng);
    // Offices often give a desk line; shops and households give a mobile.
    const hasDesk = spec.kind === 'company' || spec.kind === 'public_body';
    const phone = hasDesk && prng.chance(0.4) ? demoLandline(prng, spec.district) : demoMobile(prng);
    const contact = { name: contactName, phone };
    const parsed = parseRecord('employers', {
      ...stamper.stamp(registeredMillis),
      marketId: market.id,
      name: spec.name,
      kind: spec.kind === 'cooperative' ? 'company' : spec.kind,
      creditCode,
      contact,
      district,
      address: spec.address,
      registeredBy: prng.pick(registrars),
      registeredAt: isoInstant(registeredMillis),
    });
    const record: RegisteredEmployer = { ...parsed, contact };
    return { record, sector: spec.sector, hires: spec.hires, districtName: spec.district };
  });
}
