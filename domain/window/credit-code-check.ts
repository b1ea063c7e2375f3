// The window's reading of a 统一社会信用代码 (GB 32100-2015) typed during
// employer intake (第十二条(三)). domain/ids/credit-code says whether a code is
// valid without echoing it; at the window the staff member holds the licence
// in hand, so the message may name the character to look at, which is what
// turns a retry-until-it-works into one fix.
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, creditCodeProblem, normalizeCreditCode } from '../ids/credit-code';
import type { Problem } from '../ids/problem';

export type CreditCodeCheck =
  | { readonly ok: true; readonly code: string }
  | {
      readonly ok: false;
      /** 1-based position of the character to look at; null when the length is wrong or the field is empty. */
      readonly position: number | null;
      /** The character found there, as typed (after full-width folding and upper-casing). */
      readonly found: string | null;
      readonly problem: Problem;
    };

/** Letters the standard leaves out because they read like digits; the digit is what was probably meant. */
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };

function fail(position: number | null, found: string | null, problem: Problem): CreditCodeCheck {
  return { ok: false, position, found, problem };
}

/** Checks `input` and, when it is wrong, names the position and the character that is wrong. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  const base = creditCodeProblem(code);
  if (base === null) return { ok: true, code };
  if (code.length !== 18) return fail(null, null, base);
  const chars = Array.from(code);
  const bad = chars.findIndex((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (bad >= 0) {
    const ch = chars[bad] ?? '';
    const hint = LOOKALIKES[ch];
    return fail(bad + 1, ch, {
      zh:
        `第 ${bad + 1} 位“${ch}”不是统一社会信用代码可用的字符（不用 I、O、Z、S、V）` +
        (hint === undefined ? '' : `，是否应为“${hint}”？`),
      en:
        `character ${bad + 1}, "${ch}", is not used in credit codes (no I, O, Z, S or V)` +
        (hint === undefined ? '' : `; did you mean "${hint}"?`),
    });
  }
  const first = chars[0] ?? '';
  const second = chars[1] ?? '';
  if (base.zh.startsWith('第 1 位')) {
    return fail(1, first, {
      zh: `第 1 位“${first}”不是登记管理部门代码`,
      en: `character 1, "${first}", is not a registration authority code`,
    });
  }
  if (base.zh.startsWith('第 2 位')) {
    return fail(2, second, {
      zh: `第 2 位“${second}”不是登记管理部门“${first}”的机构类别`,
      en: `character 2, "${second}", is not an organisation category of authority "${first}"`,
    });
  }
  if (base.zh.startsWith('第 3–8 位')) {
    const division = code.slice(2, 8);
    const at = /^\d{6}$/.test(division) ? 3 : 3 + Array.from(division).findIndex((c) => !/\d/.test(c));
    const ch = chars[at - 1] ?? '';
    return fail(at, ch, {
      zh: `第 3–8 位“${division}”不是行政区划码（第 ${at} 位“${ch}”有误）`,
      en: `characters 3–8, "${division}", are not a division code (look at character ${at}, "${ch}")`,
    });
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  const found = chars[17] ?? '';
  return fail(18, found, {
    zh: `第 18 位校验码“${found}”与前 17 位不符（按前 17 位应为“${expected}”），请逐位核对营业执照`,
    en: `character 18, the check character "${found}", does not match the first 17 (they give "${expected}"); compare each character with the licence`,
  });
}
