// Valid 统一社会信用代码 for demo employers. The check character (position 18)
// comes from domain/ids/credit-code (GB 32100-2015); the organisation code in
// positions 9–17 also carries its own GB 11714 check digit, as real codes do,
// so the demo passes stricter validators than ours (渝职聘 export).

import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../ids/credit-code';
import type { Prng } from './prng';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714: digits count as themselves, letters A–Z as 10–35. */
function orgCharValue(ch: string): number {
  return ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
}

export function orgCodeCheckChar(first8: string): string {
  const sum = ORG_WEIGHTS.reduce((acc, weight, i) => acc + orgCharValue(first8.charAt(i)) * weight, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export interface CreditCodeKind {
  /** Registration authority: '9' 市场监管, '1' 机构编制. */
  readonly authority: string;
  /** Organisation category within the authority: for '9', '1' 企业, '2' 个体工商户, '3' 农民专业合作社. */
  readonly category: string;
  /** Six-digit administrative division where the body is registered. */
  readonly division: string;
}

const NEW_ORG_CHARS = Array.from(CREDIT_CODE_CHARSET);
const DIGITS = Array.from('0123456789');

/**
 * A code shaped like a real one: 市场监管 registrations since 2015 number
 * their organisation code from "MA" and use letters; other bodies kept the
 * all-digit organisation code they had before the reform.
 */
export function demoCreditCode(prng: Prng, kind: CreditCodeKind): string {
  const isNewRegistration = kind.authority === '9';
  let body = isNewRegistration ? 'MA' : '';
  while (body.length < 8) body += prng.pick(isNewRegistration ? NEW_ORG_CHARS : DIGITS);
  const first17 = `${kind.authority}${kind.category}${kind.division}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
