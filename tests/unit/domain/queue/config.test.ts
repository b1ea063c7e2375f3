import { describe, expect, it } from 'vitest';
import { DEMO_SERVICES } from '../../../../domain/demo/services';
import {
  exclusiveLanes,
  queueConfigSchema,
  queueServicesSchema,
  serviceByCode,
  windowsFromTerminals,
  windowsServingLane,
} from '../../../../domain/queue/config';

const demoWindows = [
  { number: 1, lanes: ['A', 'C'] },
  { number: 2, lanes: ['B', 'C', 'D', 'E', 'F'] },
];

describe('queue configuration', () => {
  it('the demo market’s services, lanes A–F, and its two windows validate', () => {
    expect(queueServicesSchema.parse(DEMO_SERVICES)).toEqual(DEMO_SERVICES);
    expect(queueConfigSchema.safeParse({ services: DEMO_SERVICES, windows: demoWindows }).success).toBe(true);
  });

  it('refuses two services in one lane and duplicate codes, in Chinese and English', () => {
    const [first, second] = DEMO_SERVICES;
    if (first === undefined || second === undefined) throw new Error('demo services missing');
    const r = queueServicesSchema.safeParse([first, { ...second, lane: first.lane }, { ...first, lane: 'Z' }]);
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('队列字母重复：A / lane letter used twice: A');
    expect(messages).toContain('服务编码重复：seeker-registration / duplicate service code: seeker-registration');
  });

  it('refuses a window serving a lane no service uses, and two windows with one number', () => {
    const r = queueConfigSchema.safeParse({
      services: DEMO_SERVICES,
      windows: [
        { number: 1, lanes: ['A', 'Q'] },
        { number: 1, lanes: ['B'] },
      ],
    });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '没有服务使用队列 Q / no service uses lane Q',
      '窗口号重复：1 / duplicate window number: 1',
    ]);
  });

  it('knows which windows serve a lane and which lanes a window serves alone', () => {
    expect(windowsServingLane(demoWindows, 'C')).toEqual([1, 2]);
    expect(windowsServingLane(demoWindows, 'Z')).toEqual([]);
    expect(exclusiveLanes(demoWindows, 1)).toEqual(['A']);
    expect(exclusiveLanes(demoWindows, 2)).toEqual(['B', 'D', 'E', 'F']);
    expect(serviceByCode(DEMO_SERVICES, 'rights')?.lane).toBe('E');
  });

  it('reads the windows off the market’s caller terminals, leaving out revoked ones', () => {
    const caller = { role: 'caller' as const, revoked: false, deleted: false };
    expect(
      windowsFromTerminals([
        { ...caller, windowNumber: 2, lanes: ['B', 'C', 'D', 'E', 'F'] },
        { role: 'kiosk', windowNumber: null, lanes: [], revoked: false, deleted: false },
        { ...caller, windowNumber: 1, lanes: ['A', 'C'] },
        { ...caller, windowNumber: 3, lanes: ['A'], revoked: true },
      ]),
    ).toEqual(demoWindows);
  });
});
