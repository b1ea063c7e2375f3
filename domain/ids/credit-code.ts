// 统一社会信用代码 (GB 32100-2015): the 18-character registration number of
// every employer, printed on the business licence. Staff key it in during
// employer intake (采集); catching a typo here saves a rejected export to 渝职聘.
//
// Layout: 1 registration authority · 2 organisation category · 3–8 administrative
// division · 9–17 organisation code · 18 check character.

import { compactIdentifier } from './normalize';
import type { Problem } from './problem';
import { isProvinceCode } from './province-codes';

export type { Problem } from './problem';

/** The 31 characters the standard allows: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authority → the organisation categories it may issue.
 * GB 32100-2015 Table 1 plus the later assignments (N 农业, A 中央军委编制办).
 */
const CATEGORIES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

/** National-level registrations (central ministries, national bodies) carry division 100000. */
const NATIONAL_DIVISION = '100000';

function charValue(ch: string): number {
  return CREDIT_CODE_CHARSET.indexOf(ch);
}

/** The check character for the first 17 characters (which must come from the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += charValue(first17.charAt(i)) * weight;
  });
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** The code in its canonical form: full-width folded, spaces removed, upper-case. */
export function normalizeCreditCode(code: string): string {
  return compactIdentifier(code);
}

/** Why `code` is not a valid credit code, or null when it is. The message never repeats the input. */
export function creditCodeProblem(code: string): Problem | null {
  const c = normalizeCreditCode(code);
  if (c.length === 0) return { zh: '请输入统一社会信用代码', en: 'enter the unified social credit code' };
  if (c.length !== 18) {
    return {
      zh: `统一社会信用代码应为 18 位，现为 ${c.length} 位`,
      en: `a unified social credit code has 18 characters, not ${c.length}`,
    };
  }
  for (let i = 0; i < 18; i++) {
    if (charValue(c.charAt(i)) < 0) {
      return {
        zh: `第 ${i + 1} 位字符无效（不使用 I、O、Z、S、V）`,
        en: `character ${i + 1} is not allowed (I, O, Z, S and V are never used)`,
      };
    }
  }
  const categories = CATEGORIES_BY_AUTHORITY[c.charAt(0)];
  if (categories === undefined) {
    return { zh: '第 1 位登记管理部门代码无效', en: 'character 1 is not a registration authority code' };
  }
  if (!categories.includes(c.charAt(1))) {
    return {
      zh: '第 2 位机构类别代码与登记管理部门不符',
      en: 'character 2 is not an organisation category of that registration authority',
    };
  }
  const division = c.slice(2, 8);
  if (!/^\d{6}$/.test(division) || (division !== NATIONAL_DIVISION && !isProvinceCode(division.slice(0, 2)))) {
    return { zh: '第 3–8 位行政区划码无效', en: 'characters 3–8 are not an administrative division code' };
  }
  if (creditCodeCheckChar(c) !== c.charAt(17)) {
    return { zh: '校验码错误，请核对后重新输入', en: 'wrong check character; please check the code and retype it' };
  }
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
