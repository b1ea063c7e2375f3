// The market's settings for the window's work (a market setting, DESIGN §1):
// four-eyes review, time limits per service, when an unanswered referral is
// chased, and the one-time-notice checklists. Absent on a market that has not
// configured them; `windowSettingsOf` then gives the defaults.
import { z } from 'zod';
import { DEFAULT_CHECKLISTS } from './materials';
import { DEFAULT_TIME_LIMITS_MIN } from './service-clock';

export const checklistSchema = z.object({
  matter: z.string().min(1).max(60),
  label: z.object({ zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(80) }),
  items: z.array(z.string().trim().min(1).max(100)).min(1).max(30),
});

export const windowSettingsSchema = z.object({
  /** Nobody approves what they collected, where the market has two or more active staff. */
  fourEyes: z.boolean(),
  /** 限时办结: minutes per service code. */
  timeLimitsMin: z.record(z.string().min(1).max(40), z.number().int().min(1).max(480)),
  /** A referral with no result after this many days is on the follow-up list. */
  followUpDays: z.number().int().min(1).max(60),
  checklists: z.array(checklistSchema).max(40),
});
export type WindowSettings = z.infer<typeof windowSettingsSchema>;

export const DEFAULT_WINDOW_SETTINGS: WindowSettings = {
  fourEyes: true,
  timeLimitsMin: { ...DEFAULT_TIME_LIMITS_MIN },
  followUpDays: 3,
  checklists: DEFAULT_CHECKLISTS.map((l) => ({ matter: l.matter, label: { ...l.label }, items: [...l.items] })),
};

export function windowSettingsOf(market: { readonly window?: WindowSettings | undefined } | undefined): WindowSettings {
  return market?.window ?? DEFAULT_WINDOW_SETTINGS;
}
