import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStamps } from '../../../../domain/clock/hlc';
import type { Priority } from '../../../../domain/records/queue';
import {
  DEFAULT_CALLING_RULE,
  callingRuleSchema,
  describeRule,
  groupOf,
  nextTicket,
  type CallingRule,
  type PastCall,
  type WaitingTicket,
} from '../../../../domain/queue/fairness';
import { MIN, T0, idAt, stampAt } from './fixtures';
import { assertProperty } from '../../../support/property';

function waiting(priority: Priority, issuedAtMs: number, lane = 'A', assignedWindow: number | null = null) {
  return { ticketId: idAt(issuedAtMs), lane, priority, issuedAt: stampAt(issuedAtMs), assignedWindow };
}

const rule21: CallingRule = { ...DEFAULT_CALLING_RULE, normal: 2, priority: 1, maxWaitMinutes: 30 };
const PRIORITIES: Priority[] = ['none', 'elderly', 'disabled', 'pregnant', 'appointment'];

describe('nextTicket', () => {
  it('returns null when nobody waits in the window’s lanes', () => {
    expect(nextTicket([waiting('none', T0, 'B')], [], rule21, T0, ['A'])).toBeNull();
  });

  it('by default calls a waiting priority ticket first, then two normal ones, in turn', () => {
    let queue = [
      ...[0, 1, 2, 3].map((i) => waiting('none', T0 + i * 1000)),
      ...[0, 1].map((i) => waiting('elderly', T0 + 500 + i * 1000)),
    ];
    const history: PastCall[] = [];
    const groups: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = nextTicket(queue, history, DEFAULT_CALLING_RULE, T0 + 5 * MIN, ['A']);
      if (next === null) break;
      groups.push(next.group);
      history.push({ group: next.group });
      queue = queue.filter((t) => t !== next.ticket);
    }
    expect(groups).toEqual(['priority', 'normal', 'normal', 'priority', 'normal', 'normal']);
  });

  it('a market that starts with normal tickets calls two normal, then one priority, in turn', () => {
    let queue = [
      ...[0, 1, 2, 3, 4].map((i) => waiting('none', T0 + i * 1000)),
      ...[0, 1, 2].map((i) => waiting('elderly', T0 + 500 + i * 1000)),
    ];
    const history: PastCall[] = [];
    const groups: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = nextTicket(queue, history, { ...rule21, startWith: 'normal' }, T0 + 5 * MIN, ['A']);
      if (next === null) break;
      groups.push(next.group);
      history.push({ group: next.group });
      queue = queue.filter((t) => t !== next.ticket);
    }
    expect(groups).toEqual(['normal', 'normal', 'priority', 'normal', 'normal', 'priority']);
  });

  it('when the group whose turn it is has nobody, the other group goes', () => {
    const next = nextTicket([waiting('none', T0)], [{ group: 'normal' }, { group: 'normal' }], rule21, T0, ['A']);
    expect(next).toMatchObject({ group: 'normal', reason: 'other-group-empty' });
  });

  it('anyone waiting past the maximum is next, whatever the interleave says', () => {
    const old = waiting('none', T0);
    const young = waiting('pregnant', T0 + 20 * MIN);
    const history: PastCall[] = [{ group: 'normal' }, { group: 'normal' }];
    expect(nextTicket([old, young], history, rule21, T0 + 29 * MIN, ['A'])?.ticket).toBe(young);
    expect(nextTicket([old, young], history, rule21, T0 + 30 * MIN, ['A'])).toMatchObject({
      ticket: old,
      reason: 'overdue',
    });
  });

  it('breaks ties by HLC issue time, counter included', () => {
    const a = { ...waiting('none', T0), issuedAt: stampAt(T0, 2) };
    const b = { ...waiting('none', T0), issuedAt: stampAt(T0, 1) };
    expect(nextTicket([a, b], [], rule21, T0, ['A'])?.ticket).toBe(b);
  });

  it('leaves a ticket transferred to another named window to that window', () => {
    const forWindow2 = waiting('none', T0, 'C', 2);
    const later = waiting('none', T0 + MIN, 'C');
    expect(nextTicket([forWindow2, later], [], rule21, T0, ['C'], { windowNumber: 1 })?.ticket).toBe(later);
    expect(nextTicket([forWindow2, later], [], rule21, T0, ['C'], { windowNumber: 2 })?.ticket).toBe(forWindow2);
  });

  it('counts only the configured priorities as the priority group', () => {
    const rule = { ...rule21, priorityGroups: ['elderly' as const] };
    expect(groupOf('elderly', rule)).toBe('priority');
    expect(groupOf('appointment', rule)).toBe('normal');
    expect(groupOf('none', rule)).toBe('normal');
  });
});

describe('describeRule', () => {
  it('states the default rule, priority first, in Chinese and English', () => {
    expect(describeRule(DEFAULT_CALLING_RULE)).toEqual({
      zh:
        '老年人、残疾人、孕妇或预约号优先：先叫 1 位优先号，再叫 2 位普通号，依次轮换；同类按取号先后顺序；' +
        '等候超过 30 分钟者优先。',
      en:
        'Priority tickets (elderly, disabled, pregnant or appointment) first: 1 priority, then 2 regular, ' +
        'and so on in turn; within each group, first come first served. Anyone waiting over 30 minutes is called next.',
    });
  });

  it('states a rule that starts with normal tickets', () => {
    expect(describeRule({ ...DEFAULT_CALLING_RULE, startWith: 'normal' })).toEqual({
      zh: '每叫 2 位普通号，优先叫 1 位老年人、残疾人、孕妇或预约号；同类按取号先后顺序；等候超过 30 分钟者优先。',
      en:
        'After every 2 regular tickets, 1 priority ticket (elderly, disabled, pregnant or appointment) is called; ' +
        'within each group, first come first served. Anyone waiting over 30 minutes is called next.',
    });
  });

  it('states first-come-first-served and priority-first rules too', () => {
    expect(describeRule({ ...rule21, priority: 0 }).zh).toMatch(/^按取号先后顺序叫号/);
    expect(describeRule({ ...rule21, normal: 0, priorityGroups: ['elderly'] }).en).toMatch(/^Elderly tickets go first/);
  });

  it('the schema refuses a 0:0 interleave', () => {
    expect(callingRuleSchema.safeParse({ ...rule21, normal: 0, priority: 0 }).success).toBe(false);
    expect(callingRuleSchema.safeParse(DEFAULT_CALLING_RULE).success).toBe(true);
  });
});

// --- A one-window simulation for the properties ------------------------------

interface Arrival {
  readonly gapSeconds: number;
  readonly priority: Priority;
  readonly lane: 'A' | 'B';
}

interface CallRecord {
  readonly at: number;
  readonly ticket: WaitingTicket;
  readonly waitingAtCall: readonly WaitingTicket[];
}

function simulate(arrivals: readonly Arrival[], services: readonly number[], rule: CallingRule): CallRecord[] {
  let t = T0;
  const all: WaitingTicket[] = [];
  let clock = T0;
  arrivals.forEach((a, i) => {
    clock += a.gapSeconds * 1000;
    all.push({ ...waiting(a.priority, clock, a.lane), issuedAt: stampAt(clock, i % 3) });
  });
  const served = new Set<string>();
  const history: PastCall[] = [];
  const calls: CallRecord[] = [];
  for (let k = 0; served.size < all.length && k < 10_000; k++) {
    const present = all.filter((w) => !served.has(w.ticketId) && Date.parse(w.issuedAt.slice(0, 24)) <= t);
    const next = nextTicket(present, history, rule, t, ['A', 'B']);
    if (next === null) {
      const upcoming = all.find((w) => !served.has(w.ticketId) && Date.parse(w.issuedAt.slice(0, 24)) > t);
      if (upcoming === undefined) break;
      t = Date.parse(upcoming.issuedAt.slice(0, 24));
      continue;
    }
    calls.push({ at: t, ticket: next.ticket, waitingAtCall: present });
    served.add(next.ticket.ticketId);
    history.push({ group: next.group });
    t += (services[k % services.length] ?? 1) * MIN;
  }
  return calls;
}

const arrivalArb = fc.record({
  gapSeconds: fc.integer({ min: 0, max: 600 }),
  priority: fc.constantFrom(...PRIORITIES),
  lane: fc.constantFrom('A' as const, 'B' as const),
});
const ruleArb = fc
  .record({
    normal: fc.integer({ min: 0, max: 5 }),
    priority: fc.integer({ min: 0, max: 5 }),
    priorityGroups: fc.subarray(['elderly', 'disabled', 'pregnant', 'appointment'] as const),
    maxWaitMinutes: fc.integer({ min: 1, max: 60 }),
  })
  .filter((r) => r.normal + r.priority > 0);

const issuedBefore = (a: WaitingTicket, b: WaitingTicket) =>
  compareStamps(a.issuedAt, b.issuedAt) < 0 || (a.issuedAt === b.issuedAt && a.ticketId < b.ticketId);

describe('calling order properties', () => {
  it('once someone has waited past the maximum, nobody who came later is called before them', () => {
    assertProperty(
      fc.property(
        fc.array(arrivalArb, { maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }),
        ruleArb,
        (arrivals, services, rule) => {
          for (const call of simulate(arrivals, services, rule)) {
            for (const w of call.waitingAtCall) {
              const overdue = call.at - Date.parse(w.issuedAt.slice(0, 24)) >= rule.maxWaitMinutes * MIN;
              if (overdue && w !== call.ticket) expect(issuedBefore(call.ticket, w)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('within a group, tickets are called first come first served', () => {
    assertProperty(
      fc.property(
        fc.array(arrivalArb, { maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }),
        ruleArb,
        (arrivals, services, rule) => {
          for (const call of simulate(arrivals, services, rule)) {
            const group = groupOf(call.ticket.priority, rule);
            for (const w of call.waitingAtCall) {
              if (w !== call.ticket && groupOf(w.priority, rule) === group) {
                expect(issuedBefore(call.ticket, w)).toBe(true);
              }
            }
          }
        },
      ),
    );
  });

  it('over a long run with both groups waiting, the interleave ratio holds', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 30, max: 300 }),
        (n, p, calls) => {
          const rule: CallingRule = { ...DEFAULT_CALLING_RULE, normal: n, priority: p, maxWaitMinutes: 600 };
          let queue = [
            ...Array.from({ length: calls }, (_, i) => waiting('none', T0 + i)),
            ...Array.from({ length: calls }, (_, i) => waiting('disabled', T0 + i)),
          ];
          const history: PastCall[] = [];
          let normal = 0;
          for (let k = 1; k <= calls; k++) {
            const next = nextTicket(queue, history, rule, T0 + MIN, ['A']);
            if (next === null) throw new Error('queue ran dry');
            history.push({ group: next.group });
            queue = queue.filter((t) => t !== next.ticket);
            if (next.group === 'normal') normal++;
            // In every prefix, the count is within one cycle's share of the exact ratio.
            expect(Math.abs(normal - (k * n) / (n + p))).toBeLessThanOrEqual(Math.max(n, p));
          }
          const cycles = Math.floor(calls / (n + p));
          expect(normal).toBeGreaterThanOrEqual(cycles * n);
          expect(normal).toBeLessThanOrEqual((cycles + 1) * n);
        },
      ),
    );
  });
});
