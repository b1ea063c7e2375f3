// Where the demo's work happens: 合川区 and the districts round it (北碚, 铜梁,
// 潼南, 璧山, 两江新区), plus a little from the main city, weighted the way a
// 合川 market's board fills up. Codes always come from domain/reference.

import { resolveDistrict } from '../reference/districts';
import type { Prng } from './prng';

export interface DemoDistrict {
  /** Full name as in domain/reference/districts. */
  readonly name: string;
  /** Relative share of the board; 合川 itself dominates. */
  readonly weight: number;
  /** Streets and parks where jobs are, without house numbers. */
  readonly sites: readonly string[];
}

export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  {
    name: '合川区',
    weight: 6,
    sites: [
      '南津街街道久长路',
      '南津街街道南园路',
      '合阳城街道文峰街',
      '合阳城街道交通街',
      '钓鱼城街道希尔安大道',
      '盐井街道盐井大道',
      '云门街道嘉陵江大道',
      '合川工业园区草街拓展区',
      '太和镇太和大道',
      '钱塘镇钱塘路',
    ],
  },
  { name: '北碚区', weight: 2, sites: ['天生街道天生路', '北温泉街道温泉路', '蔡家岗街道同兴路', '歇马街道歇马大道'] },
  { name: '铜梁区', weight: 1.5, sites: ['巴川街道龙城大道', '东城街道金砂路', '铜梁高新区蒲吕片区'] },
  { name: '潼南区', weight: 1.5, sites: ['桂林街道兴潼大道', '梓潼街道凉风垭路', '潼南高新区工业园'] },
  { name: '璧山区', weight: 1.5, sites: ['璧城街道东林大道', '璧泉街道双星大道', '青杠街道青杠大道'] },
  { name: '两江新区', weight: 1.5, sites: ['礼嘉街道礼嘉大道', '鸳鸯街道金渝大道', '两路街道双龙大道'] },
  { name: '沙坪坝区', weight: 1, sites: ['三峡广场步行街', '西永街道西永大道', '大学城南路'] },
  { name: '渝中区', weight: 0.5, sites: ['解放碑民族路', '大坪正街'] },
  { name: '九龙坡区', weight: 0.5, sites: ['杨家坪西郊路', '石桥铺科园一路'] },
];

const BY_NAME: ReadonlyMap<string, DemoDistrict> = new Map(DEMO_DISTRICTS.map((d) => [d.name, d]));

export function demoDistrictCode(name: string): string {
  const district = resolveDistrict(name);
  if (district === null) throw new Error(`演示数据中的区县未知 / unknown district in demo data: ${name}`);
  return district.code;
}

/** A district for work that moves about (building sites, homes, events), the market's own most often. */
export function pickDistrict(prng: Prng): DemoDistrict {
  return prng.weighted(DEMO_DISTRICTS.map((d) => ({ value: d, weight: d.weight })));
}

function demoDistrict(name: string): DemoDistrict {
  const district = BY_NAME.get(name);
  if (district === undefined) throw new Error(`演示数据不含该区县 / ${name} is not one of the demo districts`);
  return district;
}

/** A street address with a house number in `districtName`. */
export function pickSite(prng: Prng, districtName: string): string {
  return `${prng.pick(demoDistrict(districtName).sites)}${prng.int(1, 299)}号`;
}

export function districtWeight(districtName: string): number {
  return demoDistrict(districtName).weight;
}
