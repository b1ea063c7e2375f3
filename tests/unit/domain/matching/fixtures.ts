import type { MatchablePosting } from '../../../../domain/matching/rank';
import { EMPTY_PROFILE, type MatchProfile } from '../../../../domain/matching/profile';

/** 2026-12-03 is a Thursday. */
export const TODAY = '2026-12-03';

let seq = 0;
/** A posting that meets nothing a test profile asks for unless a test says so. */
export function posting(overrides: Partial<MatchablePosting> = {}): MatchablePosting {
  seq += 1;
  return {
    id: `p-${String(seq).padStart(5, '0')}`,
    title: '仓库临时帮工',
    occupation: '仓库理货员',
    occupationCode: 'warehouse',
    skills: '能吃苦',
    content: '理货、打包',
    location: { district: '沙坪坝区' },
    duration: '2026-12-10，08:00-17:00',
    pay: { amount: 150, unit: 'day', method: 'monthly' },
    validUntil: '2026-12-31',
    publishedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

export function profile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return { ...EMPTY_PROFILE, ...overrides };
}
