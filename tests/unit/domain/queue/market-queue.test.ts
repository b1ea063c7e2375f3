import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLING_RULE } from '../../../../domain/queue/fairness';
import { marketCallingRule, marketServices } from '../../../../domain/queue/market-queue';
import { STANDARD_SERVICES } from '../../../../domain/queue/standard-services';
import { marketQueueSchema } from '../../../../domain/records/market';

const ownServices = [
  {
    code: 'seeker-registration',
    lane: 'A',
    label: '求职登记',
    labelEn: 'Job-seeker registration',
    icon: 'person-search',
  },
  { code: 'rights', lane: 'R', label: '权益维护', labelEn: "Workers' rights", icon: 'scale' },
];
const ownRule = { ...DEFAULT_CALLING_RULE, normal: 3, priority: 1, maxWaitMinutes: 45 };

describe("a market's queue settings", () => {
  it('are the market’s own when it configured them', () => {
    const queue = marketQueueSchema.parse({ services: ownServices, callingRule: ownRule });
    expect(marketServices({ queue })).toEqual(ownServices);
    expect(marketCallingRule({ queue })).toEqual(ownRule);
  });

  it('fall back to the standard one-stop services and the default rule when it did not', () => {
    expect(marketServices({})).toBe(STANDARD_SERVICES);
    expect(marketCallingRule({})).toBe(DEFAULT_CALLING_RULE);
  });

  it('refuse two services on one lane, which would mix their numbers', () => {
    const clash = [...ownServices, { ...ownServices[1], code: 'policy', lane: 'A' }];
    expect(marketQueueSchema.safeParse({ services: clash, callingRule: ownRule }).success).toBe(false);
  });
});
