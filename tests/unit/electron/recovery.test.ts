import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachWatchdog,
  createRecoveryPolicy,
  describeFailure,
  type RecoveryDecision,
} from '../../../electron/recovery';
import { FakeWebContents, fakeEvent } from './fakes';

const MIN = 60_000;
const crash = { kind: 'gone', reason: 'crashed', exitCode: 139 } as const;

describe('createRecoveryPolicy (injected clock)', () => {
  it('reloads three times in five minutes, then shows the recovery page with the reason', () => {
    let t = 0;
    const policy = createRecoveryPolicy({ now: () => t });
    expect(policy.decide(crash)).toEqual({ action: 'reload', attempt: 1 });
    t = 1 * MIN;
    expect(policy.decide(crash)).toEqual({ action: 'reload', attempt: 2 });
    t = 2 * MIN;
    expect(policy.decide({ kind: 'unresponsive' })).toEqual({ action: 'reload', attempt: 3 });
    t = 3 * MIN;
    const fourth = policy.decide({ kind: 'gone', reason: 'oom', exitCode: -1 });
    expect(fourth).toMatchObject({
      action: 'recovery-page',
      detail: 'render-process-gone: oom (exit -1)',
      retryAfterMs: 2 * MIN,
    });
    if (fourth.action === 'recovery-page') {
      expect(fourth.message.zh).toMatch(/暂停自动重启/);
      expect(fourth.message.en).toMatch(/automatic reloads are paused/);
    }
    expect(policy.recentReloads()).toBe(3);
  });

  it('reloads again once the oldest reload leaves the five-minute window', () => {
    let t = 0;
    const policy = createRecoveryPolicy({ now: () => t });
    policy.decide(crash);
    t = 10_000;
    policy.decide(crash);
    t = 20_000;
    policy.decide(crash);
    t = 5 * MIN - 1;
    expect(policy.decide(crash).action).toBe('recovery-page');
    t = 5 * MIN;
    expect(policy.decide(crash)).toEqual({ action: 'reload', attempt: 3 });
    t = 20 * MIN;
    expect(policy.recentReloads()).toBe(0);
  });

  it('honours other limits', () => {
    let t = 0;
    const policy = createRecoveryPolicy({ maxReloads: 1, windowMs: 1000, now: () => t });
    expect(policy.decide(crash).action).toBe('reload');
    expect(policy.decide(crash).action).toBe('recovery-page');
    t = 1000;
    expect(policy.decide(crash).action).toBe('reload');
  });

  it('describes each failure for the technician', () => {
    expect(describeFailure({ kind: 'unresponsive' })).toMatch(/unresponsive/);
    expect(describeFailure({ kind: 'load-failed', errorCode: -102, description: 'ERR_CONNECTION_REFUSED' })).toBe(
      'load failed: ERR_CONNECTION_REFUSED (-102)',
    );
  });
});

describe('attachWatchdog (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (quitting = false) => {
    const contents = new FakeWebContents();
    const gaveUp: RecoveryDecision[] = [];
    attachWatchdog(contents as unknown as WebContents, {
      policy: createRecoveryPolicy(),
      onGiveUp: (d) => gaveUp.push(d),
      isQuitting: () => quitting,
      hangGraceMs: 10_000,
    });
    return { contents, gaveUp };
  };

  it('reloads a crashed renderer, and after the third crash in five minutes shows the recovery page', () => {
    const { contents, gaveUp } = setup();
    for (let i = 0; i < 4; i++) {
      contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 11 });
      vi.advanceTimersByTime(30_000);
    }
    expect(contents.reloads).toBe(3);
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatchObject({ action: 'recovery-page', detail: 'render-process-gone: crashed (exit 11)' });
    vi.advanceTimersByTime(5 * MIN);
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 11 });
    expect(contents.reloads).toBe(4);
  });

  it('waits out a short hang, and kills then reloads a renderer that stays hung', () => {
    const { contents } = setup();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    contents.emit('responsive');
    vi.advanceTimersByTime(20_000);
    expect(contents.reloads).toBe(0);

    contents.emit('unresponsive');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    expect(contents.crashes).toBe(1);
    expect(contents.reloads).toBe(1);
    // The kill we caused is not counted as a second failure.
    contents.emit('render-process-gone', fakeEvent(), { reason: 'killed', exitCode: 9 });
    expect(contents.reloads).toBe(1);
  });

  it('retries a failed main-frame load but ignores aborted and sub-frame loads', () => {
    const { contents } = setup();
    contents.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', 'app://renderer/', true);
    contents.emit('did-fail-load', fakeEvent(), -102, 'ERR_CONNECTION_REFUSED', 'http://x/', false);
    expect(contents.reloads).toBe(0);
    contents.emit('did-fail-load', fakeEvent(), -102, 'ERR_CONNECTION_REFUSED', 'http://127.0.0.1:5173/', true);
    expect(contents.reloads).toBe(1);
  });

  it('does nothing while main is quitting or relaunching on purpose', () => {
    const { contents, gaveUp } = setup(true);
    contents.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    contents.emit('unresponsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.reloads).toBe(0);
    expect(gaveUp).toHaveLength(0);
  });
});
