// Phone numbers as seekers and employers actually type them: with spaces,
// dashes, brackets round the area code, a +86 in front, or full-width digits
// from a Chinese IME. One normalised form per number means the same person is
// recognised however they typed it.

export type PhoneKind = 'mobile' | 'landline';

export interface ParsedPhone {
  readonly kind: PhoneKind;
  /** mobile: 11 digits; landline: `023-65012345`; service numbers: `400-123-4567`. */
  readonly normalized: string;
}

const SEPARATORS = /[\s\-–—.()（）]/g;
const MOBILE = /^1[3-9]\d{9}$/;
/** 010 and 02x are the large cities with three-digit area codes and eight-digit local numbers. */
const THREE_DIGIT_AREA = /^(010|02\d)([2-9]\d{7})$/;
const FOUR_DIGIT_AREA = /^(0[3-9]\d\d)([2-9]\d{6,7})$/;
/** Nationwide service numbers (400/800) have no area code; the kiosk may list them as a market's phone. */
const SERVICE = /^([48]00)(\d{3})(\d{4})$/;

function digitsOnly(input: string): string | null {
  const s = input.normalize('NFKC').replace(SEPARATORS, '');
  if (s.startsWith('+86')) return afterCountryCode(s.slice(3));
  if (s.startsWith('0086')) return afterCountryCode(s.slice(4));
  if (/^86\d{11}$/.test(s)) return s.slice(2);
  return /^\d+$/.test(s) ? s : null;
}

/** After +86 the trunk 0 of an area code is dropped (+86 23 …), so put it back. */
function afterCountryCode(rest: string): string | null {
  if (!/^\d+$/.test(rest)) return null;
  if (rest.startsWith('1') || rest.startsWith('0') || SERVICE.test(rest)) return rest;
  return `0${rest}`;
}

export function parsePhone(input: string): ParsedPhone | null {
  const d = digitsOnly(input);
  if (d === null) return null;
  if (MOBILE.test(d)) return { kind: 'mobile', normalized: d };
  const area = THREE_DIGIT_AREA.exec(d) ?? FOUR_DIGIT_AREA.exec(d);
  if (area) return { kind: 'landline', normalized: `${area[1]}-${area[2]}` };
  const service = SERVICE.exec(d);
  if (service) return { kind: 'landline', normalized: `${service[1]}-${service[2]}-${service[3]}` };
  return null;
}

export function isValidPhone(input: string): boolean {
  return parsePhone(input) !== null;
}
