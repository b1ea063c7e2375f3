// The wait a ticket is told is the wait the window gives: for any queue and
// any calling rule, the position domain/queue/wait-prediction predicts for a
// ticket is the position the real caller machine reaches it at when a window
// serving only that ticket's lane presses "call next" (each call then marked
// no-show), with claims won and every write fed back as the live queue would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { formatStamp } from '../../../../domain/clock/hlc';
import type { CallingRule } from '../../../../domain/queue/fairness';
import { deriveQueue, isWaiting } from '../../../../domain/queue/ticket-state';
import { predictWait } from '../../../../domain/queue/wait-prediction';
import type { Priority, Ticket, TicketEvent } from '../../../../domain/records/queue';
import {
  callerMachine,
  type CallerDeps,
  type CallerTicket,
  type CallerWindow,
} from '../../../../renderer/state/caller-machine';
import { id, MARKET, ME, NOW, DAY, KIOSK, STAFF } from './caller-fixtures';
import { assertProperty } from '../../../support/property';

const OTHER_CALLER = id();
const WINDOWS = [
  { number: 1, lanes: ['A'] },
  { number: 2, lanes: ['B'] },
];
const WINDOW: CallerWindow = { marketId: MARKET, terminalId: ME, windowNumber: 1, lanes: ['A'], windows: WINDOWS };

const stamp = (millis: number, counter: number) => formatStamp({ millis, counter, node: 'aaaaaaaaaaaaaaaa' });

interface Spec {
  readonly lane: 'A' | 'B';
  readonly priority: Priority;
  readonly minutesAgo: number;
  /** Called earlier today (at window 1 for lane A, window 2 for lane B), this many minutes ago. */
  readonly calledMinutesAgo: number | null;
  readonly printed: boolean;
}

function build(specs: readonly Spec[]): { tickets: Ticket[]; events: TicketEvent[] } {
  const tickets: Ticket[] = [];
  const events: TicketEvent[] = [];
  const numbers = { A: 0, B: 0 };
  specs.forEach((s, i) => {
    numbers[s.lane] += 1;
    // Everything earlier today happened at least a minute before the window starts calling.
    const issuedMs = NOW - s.minutesAgo * 60_000 - 120_000;
    const issued = stamp(issuedMs, i);
    const t: Ticket = {
      id: id(),
      hlc: issued,
      deleted: false,
      marketId: MARKET,
      day: DAY,
      lane: s.lane,
      serviceCode: s.lane === 'A' ? 'seeker-registration' : 'employer-registration',
      number: numbers[s.lane],
      display: `${s.lane}${String(numbers[s.lane]).padStart(3, '0')}`,
      priority: s.priority,
      issuedBy: KIOSK,
      issuedAt: issued,
      context: { postingId: null, applicationId: null },
    };
    tickets.push(t);
    const base = { deleted: false, marketId: MARKET, ticketId: t.id, staffId: null, toLane: null, outcome: null };
    if (s.printed) {
      events.push({
        ...base,
        id: id(),
        hlc: issued,
        type: 'printed',
        at: issued,
        terminalId: KIOSK,
        windowNumber: null,
      });
    }
    if (s.calledMinutesAgo !== null) {
      const calledMs = Math.max(issuedMs + 1, NOW - s.calledMinutesAgo * 60_000 - 60_000);
      const at = stamp(calledMs, i);
      const gone = stamp(calledMs + 1, i);
      const window = s.lane === 'A' ? 1 : 2;
      const terminalId = s.lane === 'A' ? ME : OTHER_CALLER;
      events.push({ ...base, id: id(), hlc: at, type: 'called', at, terminalId, windowNumber: window });
      events.push({ ...base, id: id(), hlc: gone, type: 'no_show', at: gone, terminalId, windowNumber: window });
    }
  });
  return { tickets, events };
}

const asCallerQueue = (tickets: readonly Ticket[], events: readonly TicketEvent[]): CallerTicket[] =>
  deriveQueue(tickets, events).map((s) => ({ ...s, postingId: null }));

/** Drives the real caller machine until it calls `targetId`; returns how many calls came before. */
async function positionAtWindow(tickets: Ticket[], seed: TicketEvent[], rule: CallingRule, targetId: string) {
  const events = [...seed];
  let counter = 0;
  let actor: ReturnType<typeof createActor<typeof callerMachine>> | null = null;
  const feed = () => actor?.send({ type: 'QUEUE', tickets: asCallerQueue(tickets, events) });
  const deps: CallerDeps = {
    claim: ({ ticketId, windowNumber }) => Promise.resolve({ status: 'ok', ticketId, windowNumber, round: 0, at: NOW }),
    append: (draft) => {
      const at = stamp(NOW, 2000 + ++counter);
      events.push({ ...draft, id: id(), hlc: at, deleted: false, at });
      feed();
      return Promise.resolve();
    },
    finish: () => Promise.reject(new Error('not used: every call ends as a no-show')),
  };
  actor = createActor(callerMachine, { input: { window: WINDOW, deps, now: () => NOW, rule } });
  actor.start();
  actor.send({ type: 'STAFF', staffId: STAFF });
  feed();
  for (let calls = 0; calls <= tickets.length; calls++) {
    actor.send({ type: 'CALL_NEXT' });
    const s = await waitFor(actor, (x) => x.matches('called') || (x.matches('idle') && x.context.notice !== null));
    if (!s.matches('called')) return null;
    if (s.context.current?.ticketId === targetId) {
      actor.stop();
      return calls;
    }
    actor.send({ type: 'NO_SHOW' });
    await waitFor(actor, (x) => x.matches('idle'));
  }
  actor.stop();
  return null;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  lane: fc.constantFrom('A' as const, 'A' as const, 'B' as const),
  priority: fc.constantFrom<Priority>('none', 'none', 'elderly', 'disabled', 'pregnant', 'appointment'),
  minutesAgo: fc.integer({ min: 0, max: 60 }),
  calledMinutesAgo: fc.option(fc.integer({ min: 1, max: 90 }), { freq: 3 }),
  printed: fc.boolean(),
});

const ruleArb: fc.Arbitrary<CallingRule> = fc
  .record({
    normal: fc.integer({ min: 0, max: 4 }),
    priority: fc.integer({ min: 0, max: 4 }),
    priorityGroups: fc.subarray(['elderly', 'disabled', 'pregnant', 'appointment'] as const),
    // Mostly beyond the queue's age, so the interleave decides; sometimes short, so overdue tickets do.
    maxWaitMinutes: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 100, max: 600 })),
    startWith: fc.option(fc.constantFrom('normal' as const, 'priority' as const), { nil: undefined }),
  })
  .filter((r) => r.normal + r.priority > 0)
  .map((r) => (r.startWith === undefined ? { ...r, startWith: undefined } : r) as CallingRule);

describe('wait prediction', () => {
  it('predicts for any queue and rule the position the caller machine actually calls the ticket at', async () => {
    await assertProperty(
      fc.asyncProperty(
        fc.array(specArb, { minLength: 1, maxLength: 14 }),
        ruleArb,
        fc.nat(),
        async (specs, rule, pick) => {
          const { tickets, events } = build(specs);
          const states = deriveQueue(tickets, events);
          // The target has its slip (a window calls only tickets handed out); unprinted others stay in the queue.
          const waitingInA = states.filter((s) => s.lane === 'A' && isWaiting(s));
          fc.pre(waitingInA.length > 0);
          const target = waitingInA[pick % waitingInA.length];
          if (target === undefined) throw new Error('no target');
          const predicted = predictWait({ states, ticketId: target.ticketId, rule, now: NOW, windows: WINDOWS });
          const actual = await positionAtWindow(tickets, events, rule, target.ticketId);
          expect(actual).not.toBeNull();
          expect(predicted?.peopleAhead).toBe(actual);
        },
      ),
      { numRuns: 150 },
    );
  });
});
