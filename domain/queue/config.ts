// A market's services and the windows that serve them (DESIGN §4). Each
// service has one lane letter, which its ticket numbers carry (A023); each
// window (one caller terminal) serves a set of lanes. The wait estimate, the
// offline calling rule and the display's waiting counts all read this.
import { z } from 'zod';
import { laneLetterSchema } from '../records/queue';

export const queueServiceSchema = z.object({
  /** Stable slug; tickets and ledger rows store it as serviceCode. */
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, '服务编码须为小写字母、数字和连字符 / code must be a lowercase slug'),
  lane: laneLetterSchema,
  label: z.string().trim().min(1).max(20),
  labelEn: z.string().trim().min(1).max(60),
  /** Named icon; the renderer maps names to SVGs. */
  icon: z.string().min(1).max(40),
});
export type QueueService = z.infer<typeof queueServiceSchema>;

/** The services offered, one lane each: a lane shared by two services would mix their numbers. */
export const queueServicesSchema = z
  .array(queueServiceSchema)
  .min(1, '至少配置一项服务 / configure at least one service')
  .max(26)
  .superRefine((services, ctx) => {
    const codes = new Set<string>();
    const lanes = new Set<string>();
    services.forEach((s, i) => {
      if (codes.has(s.code)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'code'],
          message: `服务编码重复：${s.code} / duplicate service code: ${s.code}`,
        });
      }
      if (lanes.has(s.lane)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'lane'],
          message: `队列字母重复：${s.lane} / lane letter used twice: ${s.lane}`,
        });
      }
      codes.add(s.code);
      lanes.add(s.lane);
    });
  });

export const windowLanesSchema = z.object({
  /** 窗口号, as announced. */
  number: z.number().int().min(1).max(99),
  lanes: z.array(laneLetterSchema).min(1, '窗口至少服务一个队列 / a window serves at least one lane'),
});
export type WindowLanes = z.infer<typeof windowLanesSchema>;

export const queueConfigSchema = z
  .object({
    services: queueServicesSchema,
    windows: z.array(windowLanesSchema).max(99),
  })
  .superRefine((config, ctx) => {
    const lanes = new Set(config.services.map((s) => s.lane));
    const numbers = new Set<number>();
    config.windows.forEach((w, i) => {
      if (numbers.has(w.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'number'],
          message: `窗口号重复：${w.number} / duplicate window number: ${w.number}`,
        });
      }
      numbers.add(w.number);
      w.lanes.forEach((lane, j) => {
        if (!lanes.has(lane)) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows', i, 'lanes', j],
            message: `没有服务使用队列 ${lane} / no service uses lane ${lane}`,
          });
        }
      });
    });
  });
export type QueueConfig = z.infer<typeof queueConfigSchema>;

/** The numbers of the windows that serve `lane`, ascending. */
export function windowsServingLane(windows: readonly WindowLanes[], lane: string): number[] {
  return windows
    .filter((w) => w.lanes.includes(lane))
    .map((w) => w.number)
    .sort((a, b) => a - b);
}

/** Lanes served by this window and by no other: the ones it may call while cut off (DESIGN §4). */
export function exclusiveLanes(windows: readonly WindowLanes[], windowNumber: number): string[] {
  const own = windows.find((w) => w.number === windowNumber);
  if (own === undefined) return [];
  return own.lanes.filter((lane) => windowsServingLane(windows, lane).every((n) => n === windowNumber));
}

export function serviceByCode(services: readonly QueueService[], code: string): QueueService | undefined {
  return services.find((s) => s.code === code);
}

/**
 * The fields of a Terminal record that define a window. Written out rather than
 * picked from records/market, which imports this module for its services.
 */
export interface WindowTerminal {
  readonly role: string;
  readonly windowNumber: number | null;
  readonly lanes: readonly string[];
  readonly revoked: boolean;
  readonly deleted: boolean;
}

/** The windows as the market's enrolled callers define them (revoked and deleted ones left out). */
export function windowsFromTerminals(terminals: readonly WindowTerminal[]): WindowLanes[] {
  const out: WindowLanes[] = [];
  for (const t of terminals) {
    if (t.role !== 'caller' || t.revoked || t.deleted || t.windowNumber === null) continue;
    out.push({ number: t.windowNumber, lanes: [...t.lanes] });
  }
  return out.sort((a, b) => a.number - b.number);
}
