import { describe, expect, it } from 'vitest';
import { speakableText } from '../../../../domain/speech/reading';

describe('speakableText', () => {
  it.each([
    ['35元/小时', '三十五元每小时'],
    ['日结 200元/天', '日结 二百元每天'],
    ['3.5元/件', '三点五元每件'],
    ['月薪8000-12000元', '月薪八千到一万二千元'],
    ['月薪8000~12000元', '月薪八千到一万二千元'],
    ['￥150', '一百五十元'],
    ['¥150元', '一百五十元'],
    ['提成5%', '提成百分之五'],
  ])('reads money and rates naturally: %s → %s', (text, spoken) => {
    expect(speakableText(text)).toBe(spoken);
  });

  it.each([
    ['2026-12-03', '十二月三日'],
    ['2026/12/3', '十二月三日'],
    ['2026年12月3日', '十二月三日'],
    ['12月3日', '十二月三日'],
    ['12月3号', '十二月三日'],
    ['12月3日-12月5日', '十二月三日到十二月五日'],
  ])('reads a date of this year as month and day: %s → %s', (text, spoken) => {
    expect(speakableText(text, { currentYear: 2026 })).toBe(spoken);
  });

  it('says the year of a date in another year, digit by digit', () => {
    expect(speakableText('2027-01-05', { currentYear: 2026 })).toBe('二零二七年一月五日');
  });

  it('leaves a string that only looks like a date alone rather than invent a month', () => {
    expect(speakableText('2026-13-40')).not.toContain('月');
  });

  it.each([
    ['8:30', '八点三十分'],
    ['8:05', '八点零五分'],
    ['10:00', '十点'],
    ['2:00', '两点'],
    ['8:30-17:30', '八点三十分到十七点三十分'],
    ['８：３０', '八点三十分'],
  ])('reads a clock time as hours and minutes: %s → %s', (text, spoken) => {
    expect(speakableText(text)).toBe(spoken);
  });

  it.each([
    ['138****1234', '幺三八星星星星幺二三四'],
    ['13812341234', '幺三八幺二三四幺二三四'],
    ['023-63888888', '零二三六三八八八八八八'],
    ['热线12333', '热线幺二三三三'],
  ])('reads phone numbers and hotlines digit by digit: %s → %s', (text, spoken) => {
    expect(speakableText(text)).toBe(spoken);
  });

  it.each([
    ['招2人', '招两人'],
    ['工作2天', '工作两天'],
    ['招12人', '招十二人'],
    ['第2', '第二'],
    ['面积120㎡', '面积一百二十平方米'],
    ['距离3km', '距离三公里'],
  ])('reads counts and units as said: %s → %s', (text, spoken) => {
    expect(speakableText(text)).toBe(spoken);
  });

  it('leaves no ASCII digit in a whole posting', () => {
    const posting =
      '装卸工 招2人，35元/小时，日结。2026-12-03 8:30-17:30，两江新区A区3号仓库。联系 李女士 138****1234，热线12333。';
    const spoken = speakableText(posting, { currentYear: 2026 });
    expect(spoken).not.toMatch(/\d/);
    expect(spoken).toContain('三十五元每小时');
    expect(spoken).toContain('十二月三日 八点三十分到十七点三十分');
  });
});
