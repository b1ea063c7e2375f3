import fc from 'fast-check';
import { assertProperty } from '../../../support/property';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
} from '../../../../domain/ids/credit-code';

/** A valid code from its first 17 characters. */
const withCheck = (first17: string): string => first17 + creditCodeCheckChar(first17);

const charsetChar = fc.constantFrom(...Array.from(CREDIT_CODE_CHARSET));
const validCode = fc
  .record({
    head: fc.constantFrom('91', '92', '93', '11', '12', '51', '52', '53', 'N2', 'Y1'),
    division: fc.constantFrom('500106', '500101', '500243', '110105', '440300', '100000', '820000'),
    org: fc.array(charsetChar, { minLength: 9, maxLength: 9 }).map((a) => a.join('')),
  })
  .map(({ head, division, org }) => withCheck(head + division + org));

describe('isValidCreditCode', () => {
  it('accepts the Chongqing sample code 91500106MA5YH2L8QN', () => {
    expect(isValidCreditCode('91500106MA5YH2L8QN')).toBe(true);
  });

  it.each([
    ['91350100M000100Y43', 'the example printed in GB 32100-2015'],
    ['914403001922038216', 'an enterprise in Shenzhen'],
    ['9144030071526726XG', 'an enterprise whose organisation code ends in X'],
    ['91330100799655058B', 'an enterprise in Hangzhou'],
    ['11100000000013127D', 'a central government organ (division 100000)'],
  ])('accepts real code %s (%s)', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('rejects 91500106MA5YH2L8Q0, whose check character is wrong', () => {
    expect(isValidCreditCode('91500106MA5YH2L8Q0')).toBe(false);
  });

  it('accepts lower case, inner spaces and full-width characters', () => {
    expect(isValidCreditCode('91500106ma5yh2l8qn')).toBe(true);
    expect(isValidCreditCode(' 9150 0106 MA5Y H2L8 QN ')).toBe(true);
    expect(isValidCreditCode('９１５００１０６ＭＡ５ＹＨ２Ｌ８ＱＮ')).toBe(true);
  });

  it('normalises to the canonical upper-case ASCII form', () => {
    expect(normalizeCreditCode('９１５００１０６ma5yh2l8qn')).toBe('91500106MA5YH2L8QN');
  });

  it('accepts a computed code whose check character is 0 (sum divisible by 31)', () => {
    // Search the organisation part until the weighted sum lands on a multiple of 31.
    let code = '';
    for (let i = 0; i < 1000 && !code.endsWith('0'); i++) {
      code = withCheck(`91500106${String(i).padStart(9, '0')}`);
    }
    expect(code.endsWith('0')).toBe(true);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts generated codes from every allowed authority/category pair it is given', () => {
    assertProperty(fc.property(validCode, (code) => isValidCreditCode(code)));
  });
});

describe('creditCodeProblem', () => {
  it('returns null for a valid code', () => {
    expect(creditCodeProblem('91500106MA5YH2L8QN')).toBeNull();
  });

  it('asks for input when the code is empty or blank', () => {
    expect(creditCodeProblem('')?.zh).toBe('请输入统一社会信用代码');
    expect(creditCodeProblem('   ')?.en).toContain('enter');
  });

  it.each(['91500106MA5YH2L8Q', '91500106MA5YH2L8QNN', '9150'])('names the wrong length of %s', (code) => {
    const p = creditCodeProblem(code);
    expect(p?.zh).toContain(`现为 ${normalizeCreditCode(code).length} 位`);
    expect(p?.en).toContain('18 characters');
  });

  it.each([
    ['I', 9],
    ['O', 10],
    ['Z', 11],
    ['S', 12],
    ['V', 13],
  ])('rejects the excluded letter %s and names its position', (letter, position) => {
    const code = '91500106MA5YH2L8QN'.slice(0, position - 1) + letter + '91500106MA5YH2L8QN'.slice(position);
    expect(creditCodeProblem(code)?.zh).toBe(`第 ${position} 位字符无效（不使用 I、O、Z、S、V）`);
  });

  it('rejects punctuation inside the code', () => {
    expect(creditCodeProblem('91500106MA5YH2L8Q#')?.en).toContain('character 18');
  });

  it.each(['B', 'C', 'X', '0'])('rejects registration authority %s', (authority) => {
    expect(creditCodeProblem(withCheck(`${authority}1500106MA5YH2L8Q`))?.en).toBe(
      'character 1 is not a registration authority code',
    );
  });

  it.each(['94', '90', 'Y2', '14', '22', '36', 'A3'])('rejects %s, a category its authority does not issue', (head) => {
    expect(creditCodeProblem(withCheck(`${head}500106MA5YH2L8Q`))?.en).toContain('character 2');
  });

  it.each(['91', '92', '93', '12', '31', '51', '52', '53', '59', '71', '81', 'A1', 'N1', 'N3', 'Y1'])(
    'accepts authority/category %s',
    (head) => {
      expect(creditCodeProblem(withCheck(`${head}500106MA5YH2L8Q`))).toBeNull();
    },
  );

  it.each(['000000', '990101', '500A06', '200000'])('rejects administrative division %s', (division) => {
    expect(creditCodeProblem(withCheck(`91${division}MA5YH2L8Q`))?.en).toBe(
      'characters 3–8 are not an administrative division code',
    );
  });

  it('reports the check character last, after the structure is known good', () => {
    expect(creditCodeProblem('91500106MA5YH2L8QA')?.zh).toBe('校验码错误，请核对后重新输入');
  });

  it('never repeats the code in its message', () => {
    assertProperty(
      fc.property(validCode, fc.integer({ min: 0, max: 16 }), (code, i) => {
        const broken = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1);
        const p = creditCodeProblem(broken);
        return p !== null && !p.zh.includes(broken.slice(8, 17)) && !p.en.includes(broken.slice(8, 17));
      }),
    );
  });
});

describe('the check character', () => {
  it('detects every single-character substitution in a valid code', () => {
    assertProperty(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), charsetChar, (code, i, replacement) => {
        fc.pre(code[i] !== replacement);
        const changed = code.slice(0, i) + replacement + code.slice(i + 1);
        return !isValidCreditCode(changed);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every swap of two adjacent different characters before the check character', () => {
    assertProperty(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        return !isValidCreditCode(swapped);
      }),
    );
  });
});
