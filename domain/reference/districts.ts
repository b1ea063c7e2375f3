// Chongqing's county-level units, as they stand since 2025-11-06, when 两江新区
// became an administrative district in place of 江北区 and 渝北区: 37 units.
// Postings, seeker preferences and market directories name their district by
// code; older records, ID numbers and credit codes may still carry the two
// former districts, which FORMER_DISTRICTS maps onto their successor.
//
// Codes are the GB/T 2260 administrative division codes. 两江新区 had no
// published code when this table was written, so it carries a project-local
// code (see LIANGJIANG_CODE); `codeSource` says which kind each code is.

export type DistrictKind = 'district' | 'county' | 'autonomous_county';

export interface District {
  /** Six-digit division code; stable, used in records. */
  readonly code: string;
  /** Full official name, e.g. 沙坪坝区. */
  readonly name: string;
  /** What people say and signs show, e.g. 沙坪坝. */
  readonly shortName: string;
  /** Romanised name for the English UI. */
  readonly nameEn: string;
  readonly kind: DistrictKind;
  /** 'gb2260': published national code; 'local': assigned by this project until one is published. */
  readonly codeSource: 'gb2260' | 'local';
}

/**
 * 两江新区's code. 5001xx codes are assigned upward from 01 and none has gone
 * past 56, so 99 will not collide with a published code in practice. When an
 * official code appears, add it as a new entry and map this one in
 * FORMER_DISTRICTS, so records already written keep resolving.
 */
export const LIANGJIANG_CODE = '500199';

const d = (code: string, name: string, shortName: string, nameEn: string): District => ({
  code,
  name,
  shortName,
  nameEn,
  kind: 'district',
  codeSource: 'gb2260',
});
const county = (code: string, name: string, shortName: string, nameEn: string): District => ({
  code,
  name,
  shortName,
  nameEn,
  kind: 'county',
  codeSource: 'gb2260',
});
const autonomous = (code: string, name: string, shortName: string, nameEn: string): District => ({
  code,
  name,
  shortName,
  nameEn,
  kind: 'autonomous_county',
  codeSource: 'gb2260',
});

export const DISTRICTS: readonly District[] = [
  d('500101', '万州区', '万州', 'Wanzhou District'),
  d('500102', '涪陵区', '涪陵', 'Fuling District'),
  d('500103', '渝中区', '渝中', 'Yuzhong District'),
  d('500104', '大渡口区', '大渡口', 'Dadukou District'),
  d('500106', '沙坪坝区', '沙坪坝', 'Shapingba District'),
  d('500107', '九龙坡区', '九龙坡', 'Jiulongpo District'),
  d('500108', '南岸区', '南岸', "Nan'an District"),
  d('500109', '北碚区', '北碚', 'Beibei District'),
  d('500110', '綦江区', '綦江', 'Qijiang District'),
  d('500111', '大足区', '大足', 'Dazu District'),
  d('500113', '巴南区', '巴南', 'Banan District'),
  d('500114', '黔江区', '黔江', 'Qianjiang District'),
  d('500115', '长寿区', '长寿', 'Changshou District'),
  d('500116', '江津区', '江津', 'Jiangjin District'),
  d('500117', '合川区', '合川', 'Hechuan District'),
  d('500118', '永川区', '永川', 'Yongchuan District'),
  d('500119', '南川区', '南川', 'Nanchuan District'),
  d('500120', '璧山区', '璧山', 'Bishan District'),
  d('500151', '铜梁区', '铜梁', 'Tongliang District'),
  d('500152', '潼南区', '潼南', 'Tongnan District'),
  d('500153', '荣昌区', '荣昌', 'Rongchang District'),
  d('500154', '开州区', '开州', 'Kaizhou District'),
  d('500155', '梁平区', '梁平', 'Liangping District'),
  d('500156', '武隆区', '武隆', 'Wulong District'),
  { ...d(LIANGJIANG_CODE, '两江新区', '两江', 'Liangjiang New Area'), codeSource: 'local' },
  county('500229', '城口县', '城口', 'Chengkou County'),
  county('500230', '丰都县', '丰都', 'Fengdu County'),
  county('500231', '垫江县', '垫江', 'Dianjiang County'),
  // 忠 alone is not a place name anyone uses; the county is called 忠县 in speech too.
  county('500233', '忠县', '忠县', 'Zhong County'),
  county('500235', '云阳县', '云阳', 'Yunyang County'),
  county('500236', '奉节县', '奉节', 'Fengjie County'),
  county('500237', '巫山县', '巫山', 'Wushan County'),
  county('500238', '巫溪县', '巫溪', 'Wuxi County'),
  autonomous('500240', '石柱土家族自治县', '石柱', 'Shizhu Tujia Autonomous County'),
  autonomous('500241', '秀山土家族苗族自治县', '秀山', 'Xiushan Tujia and Miao Autonomous County'),
  autonomous('500242', '酉阳土家族苗族自治县', '酉阳', 'Youyang Tujia and Miao Autonomous County'),
  autonomous('500243', '彭水苗族土家族自治县', '彭水', 'Pengshui Miao and Tujia Autonomous County'),
];

export interface FormerDistrict {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly nameEn: string;
  /** The current unit that took over its area. */
  readonly successorCode: string;
  /** First day (YYYY-MM-DD) on which the successor, not this unit, is in force. */
  readonly replacedOn: string;
}

export const FORMER_DISTRICTS: readonly FormerDistrict[] = [
  {
    code: '500105',
    name: '江北区',
    shortName: '江北',
    nameEn: 'Jiangbei District',
    successorCode: LIANGJIANG_CODE,
    replacedOn: '2025-11-06',
  },
  {
    code: '500112',
    name: '渝北区',
    shortName: '渝北',
    nameEn: 'Yubei District',
    successorCode: LIANGJIANG_CODE,
    replacedOn: '2025-11-06',
  },
];

const BY_CODE: ReadonlyMap<string, District> = new Map(DISTRICTS.map((x) => [x.code, x]));

/** Name forms seen in the wild that are neither the full nor the short name. */
const ALIASES: Readonly<Record<string, string>> = {
  石柱县: '500240',
  秀山县: '500241',
  酉阳县: '500242',
  彭水县: '500243',
};

/** The few traditional characters that occur in these names (signage, Hong Kong/Taiwan input methods). */
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  區: '区',
  縣: '县',
  慶: '庆',
  龍: '龙',
  長: '长',
  壽: '寿',
  陽: '阳',
  開: '开',
  豐: '丰',
  墊: '垫',
  雲: '云',
  銅: '铜',
  榮: '荣',
  壩: '坝',
  節: '节',
  兩: '两',
};

function normalizeName(input: string): string {
  let s = input.normalize('NFKC').replace(/\s+/g, '');
  s = Array.from(s, (ch) => TRADITIONAL[ch] ?? ch).join('');
  return s.toLowerCase().replace(/^(重庆市?|chongqing)/, '');
}

/** `Shapingba District` is indexed as `shapingbadistrict` and `shapingba`. */
function englishKeys(nameEn: string): string[] {
  const full = nameEn.toLowerCase().replace(/\s+/g, '');
  const first = nameEn.toLowerCase().split(/\s+/)[0] ?? full;
  return [full, first];
}

function buildIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const x of DISTRICTS) {
    index.set(x.name, x.code);
    index.set(x.shortName, x.code);
    index.set(x.code, x.code);
    for (const key of englishKeys(x.nameEn)) index.set(key, x.code);
  }
  for (const f of FORMER_DISTRICTS) {
    index.set(f.name, f.successorCode);
    index.set(f.shortName, f.successorCode);
    index.set(f.code, f.successorCode);
    for (const key of englishKeys(f.nameEn)) index.set(key, f.successorCode);
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(alias, code);
  return index;
}

const INDEX = buildIndex();

/**
 * The current unit a name or code refers to: full name (沙坪坝区), short name
 * (沙坪坝), with or without 重庆/重庆市 in front, full-width or traditional
 * forms, the English name (Shapingba, Shapingba District), a division code, or
 * a former district (江北区 → 两江新区).
 * Unknown → null.
 */
export function resolveDistrict(name: string): { code: string; name: string } | null {
  // Stored postings name their district exactly as indexed: skip the normalising, which costs most of a lookup.
  const code = INDEX.get(name) ?? INDEX.get(normalizeName(name));
  const district = code === undefined ? undefined : BY_CODE.get(code);
  return district === undefined ? null : { code: district.code, name: district.name };
}

/** The full current unit for a code, following former codes to their successor. */
export function districtByCode(code: string): District | null {
  const direct = BY_CODE.get(code);
  if (direct) return direct;
  const former = FORMER_DISTRICTS.find((f) => f.code === code);
  return former === undefined ? null : (BY_CODE.get(former.successorCode) ?? null);
}

/** True only for the code of a unit that exists today (not a former one). */
export function isCurrentDistrict(code: string): boolean {
  return BY_CODE.has(code);
}
