import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPhone, parsePhone } from '../../../../domain/ids/phone';
import { assertProperty } from '../../../support/property';

describe('parsePhone: mobiles', () => {
  it.each([
    ['13812341234', 'plain'],
    ['138 1234 1234', 'spaced'],
    ['138-1234-1234', 'dashed'],
    ['+86 138 1234 1234', '+86'],
    ['+86-13812341234', '+86 with a dash'],
    ['008613812341234', '0086'],
    ['8613812341234', '86 without a plus'],
    ['１３８１２３４１２３４', 'full-width digits'],
    ['＋８６　１３８１２３４１２３４', 'full-width plus and ideographic space'],
    ['(138)1234-1234', 'brackets'],
  ])('reads %s (%s) as a mobile', (input) => {
    expect(parsePhone(input)).toEqual({ kind: 'mobile', normalized: '13812341234' });
  });

  it.each(['13', '14', '15', '16', '17', '18', '19'])('accepts the %s prefix', (prefix) => {
    expect(parsePhone(`${prefix}012345678`)?.kind).toBe('mobile');
  });

  it.each([
    ['1398300', 'seven digits'],
    ['1381234123', 'ten digits'],
    ['138123412345', 'twelve digits'],
    ['12812341234', 'second digit 2'],
    ['10812341234', 'second digit 0'],
    ['23812341234', 'not starting with 1'],
    ['+1 138 1234 1234', 'a foreign country code'],
    ['138123412３4a', 'a letter'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['电话', 'words'],
  ])('rejects %s (%s)', (input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe('parsePhone: landlines', () => {
  it.each([
    '023-65012345',
    '02365012345',
    '(023)65012345',
    '（023）6501 2345',
    '023 6501 2345',
    '+86 23 65012345',
    '0086-23-65012345',
    '+86 023 65012345',
  ])('reads the Chongqing number %s', (input) => {
    expect(parsePhone(input)).toEqual({ kind: 'landline', normalized: '023-65012345' });
  });

  it.each([
    ['010-62345678', '010-62345678'],
    ['02087654321', '020-87654321'],
    ['0755-23456789', '0755-23456789'],
    ['0812 2345678', '0812-2345678'],
    ['(0851)85551234', '0851-85551234'],
  ])('reads the out-of-town number %s as %s', (input, normalized) => {
    expect(parsePhone(input)).toEqual({ kind: 'landline', normalized });
  });

  it.each([
    ['400-810-8888', '400-810-8888'],
    ['4008108888', '400-810-8888'],
    ['800 820 8820', '800-820-8820'],
  ])('reads the service number %s as a landline', (input, normalized) => {
    expect(parsePhone(input)).toEqual({ kind: 'landline', normalized });
  });

  it.each([
    ['023-6501234', 'a seven-digit local number in Chongqing'],
    ['023-650123456', 'a nine-digit local number'],
    ['023-15012345', 'a local number starting with 1'],
    ['023-05012345', 'a local number starting with 0'],
    ['65012345', 'no area code'],
    ['0123-4567890', 'an area code starting 01 other than 010'],
    ['0755-234567', 'a six-digit local number'],
    ['400-810-888', 'a short service number'],
    ['500-810-8888', 'a prefix that is not a service number'],
  ])('rejects %s (%s)', (input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe('isValidPhone', () => {
  it('agrees with parsePhone', () => {
    expect(isValidPhone('023-65012345')).toBe(true);
    expect(isValidPhone('1398300')).toBe(false);
  });

  it('normalises every mobile, however formatted, to its 11 digits', () => {
    const mobile = fc
      .tuple(
        fc.constantFrom('3', '5', '7', '8', '9'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
      )
      .map(([second, rest]) => `1${second}${rest.join('')}`);
    assertProperty(
      fc.property(
        mobile,
        fc.constantFrom('', '+86 ', '0086', '86'),
        fc.constantFrom('', ' ', '-'),
        (m, prefix, sep) => {
          const typed = `${prefix}${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`;
          return parsePhone(typed)?.normalized === m;
        },
      ),
    );
  });
});
