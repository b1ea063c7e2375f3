import { describe, expect, it } from 'vitest';
import {
  districtLabel,
  occupationLabel,
  openingHoursLabel,
  openingHoursListLabel,
  payAmountLabel,
  payMethodLabel,
  payUnitLabel,
  weekdayLabel,
  weekdaysLabel,
} from '../../../../domain/reference/labels';
import { PAY_METHODS, PAY_UNITS } from '../../../../domain/posting/content';
import { OCCUPATIONS } from '../../../../domain/reference/occupations';
import { DISTRICTS } from '../../../../domain/reference/districts';

const HAS_HAN = /\p{Script=Han}/u;

describe('reference labels', () => {
  it('gives every pay unit and method an English label without Chinese in it', () => {
    for (const unit of PAY_UNITS) expect(payUnitLabel(unit, 'en')).not.toMatch(HAS_HAN);
    for (const method of PAY_METHODS) expect(payMethodLabel(method, 'en')).not.toMatch(HAS_HAN);
    expect(payUnitLabel('hour', 'zh')).toBe('元/小时');
    expect(payMethodLabel('on_completion', 'zh')).toBe('完工结');
  });

  it('writes an amount with its unit the way each language does', () => {
    expect(payAmountLabel({ amount: 35, unit: 'hour' }, 'zh')).toBe('35元/小时');
    expect(payAmountLabel({ amount: 35, unit: 'hour' }, 'en')).toBe('35 CNY/hour');
    expect(payAmountLabel({ amount: 12.5, unit: 'piece' }, 'zh')).toBe('12.5元/件');
    expect(payAmountLabel({ amount: 0.333333, unit: 'piece' }, 'zh')).toBe('0.33元/件');
  });

  it('names every curated trade in English, and keeps an unmapped trade as the employer wrote it', () => {
    for (const o of OCCUPATIONS) expect(occupationLabel(o.code, '随便', 'en')).not.toMatch(HAS_HAN);
    expect(occupationLabel('cleaning', '保洁员', 'zh')).toBe('保洁');
    expect(occupationLabel('cleaning', '保洁员', 'en')).toBe('Cleaning');
    expect(occupationLabel(null, '中式面点师', 'en')).toBe('中式面点师');
    expect(occupationLabel('no-such-code', '木工', 'en')).toBe('木工');
  });

  it('names every district in English, former districts under their successor, unknowns as written', () => {
    for (const d of DISTRICTS) expect(districtLabel(d.code, 'en')).not.toMatch(HAS_HAN);
    expect(districtLabel('500117', 'zh')).toBe('合川区');
    expect(districtLabel('500105', 'zh')).toBe('两江新区');
    expect(districtLabel('渝北区', 'zh')).toBe('两江新区');
    expect(districtLabel('沙坪坝', 'en')).toBe('Shapingba District');
    expect(districtLabel('火星区', 'en')).toBe('火星区');
  });

  it('says weekdays as ranges when three or more run together', () => {
    expect(weekdaysLabel([1, 2, 3, 4, 5], 'zh')).toBe('周一至周五');
    expect(weekdaysLabel([1, 2, 3, 4, 5], 'en')).toBe('Mon–Fri');
    expect(weekdaysLabel([6, 7], 'zh')).toBe('周六、周日');
    expect(weekdaysLabel([7, 1, 2, 3, 5], 'en')).toBe('Mon–Wed, Fri, Sun');
    expect(weekdaysLabel([3, 3, 3], 'zh')).toBe('周三');
    expect(() => weekdayLabel(0, 'zh')).toThrow(RangeError);
  });

  it('writes opening hours in each language', () => {
    const weekdays = { weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:30' };
    const weekend = { weekdays: [6, 7], open: '09:00', close: '12:00' };
    expect(openingHoursLabel(weekdays, 'zh')).toBe('周一至周五 09:00–17:30');
    expect(openingHoursListLabel([weekdays, weekend], 'en')).toBe('Mon–Fri 09:00–17:30; Sat, Sun 09:00–12:00');
  });
});
