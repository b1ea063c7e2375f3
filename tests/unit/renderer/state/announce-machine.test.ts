import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { announceMachine, type CallToAnnounce } from '../../../../renderer/state/announce-machine';

const DAY = '2026-11-26';
const SPEECH_MS = 3_000;

function call(id: string, display: string, windowNumber: number, atMillis = Date.now()): CallToAnnounce {
  return { id, display, windowNumber, atMillis };
}

/** A fake voice that takes SPEECH_MS per announcement and records overlaps. */
function fakeVoice(speechMs = SPEECH_MS) {
  const started: string[] = [];
  const finished: string[] = [];
  let active = 0;
  let maxActive = 0;
  const speak = fromPromise(async ({ input }: { input: CallToAnnounce | null }): Promise<undefined> => {
    if (input === null) return undefined;
    active += 1;
    maxActive = Math.max(maxActive, active);
    started.push(input.id);
    await new Promise((resolve) => setTimeout(resolve, speechMs));
    active -= 1;
    finished.push(input.id);
    return undefined;
  });
  return { speak, started, finished, maxActive: () => maxActive };
}

function start(
  speak: ReturnType<typeof fakeVoice>['speak'],
  input: { maxPending?: number; speakTimeoutMs?: number } = {},
) {
  const actor = createActor(announceMachine.provide({ actors: { speak } }), {
    input: { now: () => Date.now(), ...input },
  });
  actor.start();
  return actor;
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-26T02:00:00.000Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('announce machine', () => {
  it('announces calls one after another, never two at once, in the order they came', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak);
    const a = call('e1', 'A001', 1);
    const b = call('e2', 'B001', 2);
    const c = call('e3', 'A002', 3);
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [a] });
    await vi.advanceTimersByTimeAsync(1_000);
    // Two more arrive while the first is still being read out.
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [a, b, c] });
    expect(voice.started).toEqual(['e1']);
    expect(actor.getSnapshot().context.pending.map((p) => p.id)).toEqual(['e2', 'e3']);
    await vi.advanceTimersByTimeAsync(3 * SPEECH_MS);
    expect(voice.finished).toEqual(['e1', 'e2', 'e3']);
    expect(voice.maxActive()).toBe(1);
    expect(actor.getSnapshot().value).toBe('idle');
    actor.stop();
  });

  it('announces each call once however often the same calls are seen again', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak);
    const a = call('e1', 'A001', 1);
    for (let i = 0; i < 5; i++) {
      actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [a] });
      await vi.advanceTimersByTimeAsync(SPEECH_MS + 10);
    }
    expect(voice.started).toEqual(['e1']);
    expect(actor.getSnapshot().context.spokenCount).toBe(1);
    actor.stop();
  });

  it('announces a recall again, as a new event of the same ticket', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak);
    const first = call('e1', 'A023', 2);
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [first] });
    await vi.advanceTimersByTimeAsync(SPEECH_MS + 10);
    const recall = call('e2', 'A023', 2);
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [first, recall] });
    await vi.advanceTimersByTimeAsync(SPEECH_MS + 10);
    expect(voice.started).toEqual(['e1', 'e2']);
    actor.stop();
  });

  it('does not read out calls that were already old when first seen (a restart or a catch-up after offline)', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak);
    const old = call('e1', 'A001', 1, Date.now() - 10 * 60_000);
    const fresh = call('e2', 'A002', 1);
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [old, fresh] });
    await vi.advanceTimersByTimeAsync(2 * SPEECH_MS);
    expect(voice.started).toEqual(['e2']);
    expect(actor.getSnapshot().context.announced.has('e1')).toBe(true);
    actor.stop();
  });

  it('keeps only the ids of the calls it is shown, and forgets yesterday at the new day', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak);
    const calls = Array.from({ length: 40 }, (_, i) => call(`y${i}`, `A${String(i + 1).padStart(3, '0')}`, 1, 0));
    actor.send({ type: 'CALLS.SEEN', day: '2026-11-25', calls });
    expect(actor.getSnapshot().context.announced.size).toBe(40);
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: [call('t1', 'A001', 1)] });
    expect([...actor.getSnapshot().context.announced]).toEqual(['t1']);
    await vi.advanceTimersByTimeAsync(SPEECH_MS + 10);
    expect(voice.started).toEqual(['t1']);
    actor.stop();
  });

  it('caps the waiting queue, dropping the oldest announcements first', async () => {
    const voice = fakeVoice();
    const actor = start(voice.speak, { maxPending: 3 });
    const calls = Array.from({ length: 8 }, (_, i) => call(`e${i}`, `A00${i}`, 1));
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls: calls.slice(0, 1) });
    actor.send({ type: 'CALLS.SEEN', day: DAY, calls });
    expect(actor.getSnapshot().context.pending.map((p) => p.id)).toEqual(['e5', 'e6', 'e7']);
    await vi.advanceTimersByTimeAsync(10 * SPEECH_MS);
    expect(voice.started).toEqual(['e0', 'e5', 'e6', 'e7']);
    actor.stop();
  });

  it('moves on to the next announcement when the voice fails or never finishes', async () => {
    let attempt = 0;
    const speak = fromPromise(async ({ input }: { input: CallToAnnounce | null }): Promise<undefined> => {
      attempt += 1;
      if (input?.id === 'bad') throw new Error('audio device lost');
      if (input?.id === 'stuck') await new Promise(() => undefined);
      return undefined;
    });
    const actor = createActor(announceMachine.provide({ actors: { speak } }), {
      input: { now: () => Date.now(), speakTimeoutMs: 5_000 },
    });
    actor.start();
    actor.send({
      type: 'CALLS.SEEN',
      day: DAY,
      calls: [call('bad', 'A001', 1), call('stuck', 'A002', 1), call('ok', 'A003', 1)],
    });
    await vi.advanceTimersByTimeAsync(6_000);
    const ctx = actor.getSnapshot().context;
    expect(attempt).toBe(3);
    expect(ctx.failedCount).toBe(2);
    expect(ctx.spokenCount).toBe(1);
    expect(actor.getSnapshot().value).toBe('idle');
    actor.stop();
  });
});
