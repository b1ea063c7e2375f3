// Masking before render (PIPL, DESIGN §5): the lobby display, printed tickets
// and staff lists show 张* and 138****1234, never the full value. Every mask is
// total — any string in, a masked string out — so a malformed value can never
// make a screen fall back to showing it raw.

import { compactIdentifier } from './normalize';
import { parsePhone } from './phone';

const STAR = '*';

/** Compound surnames kept whole, so 欧阳娜娜 shows as 欧阳** rather than 欧***. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '东方',
  '夏侯',
  '申屠',
  '轩辕',
  '端木',
  '澹台',
  '呼延',
  '独孤',
  '南宫',
  '西门',
  '钟离',
  '闻人',
  '万俟',
  '太史',
  '濮阳',
  '淳于',
  '单于',
  '公冶',
  '宗政',
  '拓跋',
  '百里',
  '东郭',
  '赫连',
  '第五',
]);

function stars(n: number): string {
  return STAR.repeat(Math.max(1, n));
}

/**
 * 张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧阳**, John Smith → J*********.
 * The surname (or first letter) stays; every other character becomes a star,
 * at least one, so a one-character entry looks like any two-character name.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.normalize('NFKC').trim());
  if (chars.length === 0) return '';
  const head = chars.slice(0, 2).join('');
  const keep = chars.length > 2 && COMPOUND_SURNAMES.has(head) ? 2 : 1;
  return chars.slice(0, keep).join('') + stars(chars.length - keep);
}

/** Anything that did not parse: only the last two characters survive, and only from a long enough value. */
function maskUnknown(value: string): string {
  const chars = Array.from(value);
  if (chars.length === 0) return '';
  if (chars.length < 8) return stars(chars.length);
  return stars(chars.length - 2) + chars.slice(-2).join('');
}

/**
 * 13812341234 → 138****1234; 023-65012345 → 023-****2345; 0812-2345678 → 0812-****678;
 * 400-810-8888 → 400-***-8888.
 * The number is normalised first (+86, spaces, full-width digits).
 */
export function maskPhone(phone: string): string {
  const parsed = parsePhone(phone);
  if (parsed === null) return maskUnknown(compactIdentifier(phone));
  const n = parsed.normalized;
  if (parsed.kind === 'mobile') return `${n.slice(0, 3)}${stars(4)}${n.slice(7)}`;
  const [area = '', local = '', last] = n.split('-');
  // 400-810-8888: the service prefix and the last four stay.
  if (last !== undefined) return `${area}-${stars(local.length)}-${last}`;
  // An eight-digit local number keeps four; a seven-digit one keeps three, so at least half is hidden.
  const keep = local.length >= 8 ? 4 : 3;
  return `${area}-${stars(local.length - keep)}${local.slice(-keep)}`;
}

/**
 * 500101199001011234 → 5001**********34 (the form the foundation issue asks
 * for): region (to prefecture) and the last two kept, birth date and sequence
 * hidden behind a fixed run of ten stars, so the mask does not even tell an
 * old 15-digit number from an 18-digit one.
 */
export function maskResidentId(id: string): string {
  const n = compactIdentifier(id);
  if (n.length === 18 || n.length === 15) return `${n.slice(0, 4)}${stars(10)}${n.slice(-2)}`;
  return maskUnknown(n);
}

/**
 * 91500106MA5YH2L8QN → 91500106********QN. A 个体工商户's code identifies a
 * person's business, so staff lists mask it too; the authority, category and
 * division stay visible because they say what kind of employer it is.
 */
export function maskCreditCode(code: string): string {
  const c = compactIdentifier(code);
  if (c.length === 18) return `${c.slice(0, 8)}${stars(8)}${c.slice(-2)}`;
  return maskUnknown(c);
}
