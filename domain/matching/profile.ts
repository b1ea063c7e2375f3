// What matching needs to know about a seeker: preferences only, so a walk-in
// who taps a quick profile gets recommendations without giving a name or a
// phone. A registered seeker's record becomes the same shape.
import { z } from 'zod';
import { clockTimeSchema, localDaySchema } from '../records/common';
import { payMethodSchema } from '../posting/content';
import type { PayMethod } from '../posting/content';

export const matchProfileSchema = z.object({
  /** Occupation codes (domain/reference/occupations). */
  trades: z.array(z.string().min(1).max(40)).max(40),
  /** District codes (domain/reference/districts). */
  areas: z.array(z.string().min(1).max(10)).max(40),
  /** ISO weekdays the seeker can work; empty = any day. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  /** Hours of the day the seeker can work; null = any time. */
  hours: z.object({ from: clockTimeSchema, to: clockTimeSchema }).nullable(),
  /** The first day the seeker can start (从哪天起); null = from today. */
  availableFrom: localDaySchema.nullable(),
  /** Starting later than this many days after `availableFrom` no longer suits; null = any time. */
  startWithinDays: z.number().int().min(0).max(365).nullable(),
  /** Expected pay in yuan per day; null = not stated. */
  minDailyPay: z.number().positive().max(100_000).nullable(),
  payMethods: z.array(payMethodSchema).max(4),
  /** Skill words (电工证, 会开车, 健康证) looked for in a posting's 技能要求 and 工作内容. */
  skills: z.array(z.string().trim().min(1).max(20)).max(20),
});
export type MatchProfile = z.infer<typeof matchProfileSchema>;

export const EMPTY_PROFILE: MatchProfile = {
  trades: [],
  areas: [],
  weekdays: [],
  hours: null,
  availableFrom: null,
  startWithinDays: null,
  minDailyPay: null,
  payMethods: [],
  skills: [],
};

export interface QuickProfile {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  /** Icon name, as the occupations use (the renderer maps names to SVGs). */
  readonly icon: string;
  /** `nearby` takes the market's own district; the rest is fixed. */
  readonly nearby: boolean;
  readonly trades: readonly string[];
  readonly payMethods: readonly PayMethod[];
  readonly startWithinDays: number | null;
}

/**
 * One tap instead of a form: the kinds of work walk-ins ask for most. Each
 * names trades from the curated occupation list and, where it is what people
 * come for, 日结 and a start within days.
 */
export const QUICK_PROFILES: readonly QuickProfile[] = [
  {
    id: 'daily-nearby',
    label: { zh: '附近日结零工', en: 'Paid daily, nearby' },
    icon: 'coins',
    nearby: true,
    trades: [],
    payMethods: ['daily'],
    startWithinDays: 3,
  },
  {
    id: 'cleaning-housekeeping',
    label: { zh: '保洁家政', en: 'Cleaning and housekeeping' },
    icon: 'broom',
    nearby: true,
    trades: ['cleaning', 'housekeeping'],
    payMethods: [],
    startWithinDays: null,
  },
  {
    id: 'loading-moving',
    label: { zh: '搬运装卸', en: 'Loading and moving' },
    icon: 'dolly',
    nearby: true,
    trades: ['loading', 'moving'],
    payMethods: ['daily'],
    startWithinDays: null,
  },
  {
    id: 'delivery',
    label: { zh: '配送快递', en: 'Delivery and courier' },
    icon: 'scooter',
    nearby: false,
    trades: ['delivery', 'courier'],
    payMethods: [],
    startWithinDays: null,
  },
  {
    id: 'start-tomorrow',
    label: { zh: '明天就能开工', en: 'Start tomorrow' },
    icon: 'calendar',
    nearby: true,
    trades: [],
    payMethods: [],
    startWithinDays: 1,
  },
];

/** The profile a quick tile stands for, at the market in `marketDistrict` (a code). */
export function quickProfile(quick: QuickProfile, marketDistrict: string | null): MatchProfile {
  return {
    ...EMPTY_PROFILE,
    trades: [...quick.trades],
    areas: quick.nearby && marketDistrict !== null ? [marketDistrict] : [],
    payMethods: [...quick.payMethods],
    startWithinDays: quick.startWithinDays,
  };
}

/** Skill words from a free-text note (`电工证，会开车 5年`): split on punctuation and spaces, 2–20 characters. */
export function skillWords(note: string): string[] {
  const words = note
    .normalize('NFKC')
    .split(/[\s,，、;；/。.]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && w.length <= 20);
  return [...new Set(words)].slice(0, 20);
}
