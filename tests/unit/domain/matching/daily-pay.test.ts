import { describe, expect, it } from 'vitest';
import { dailyPay } from '../../../../domain/matching/daily-pay';

describe('dailyPay', () => {
  it('puts an hourly rate on the posting’s own hours, or an 8-hour day when it states none', () => {
    expect(dailyPay({ amount: 25, unit: 'hour' }, 9)).toBe(225);
    expect(dailyPay({ amount: 25, unit: 'hour' }, null)).toBe(200);
  });
  it('divides a month by 21.75 working days and keeps a day rate as it is', () => {
    expect(dailyPay({ amount: 4350, unit: 'month' }, null)).toBe(200);
    expect(dailyPay({ amount: 180, unit: 'day' }, 4)).toBe(180);
  });
  it('leaves piece and task rates unknown instead of guessing a day', () => {
    expect(dailyPay({ amount: 2, unit: 'piece' }, 8)).toBeNull();
    expect(dailyPay({ amount: 50, unit: 'task' }, null)).toBeNull();
  });
});
