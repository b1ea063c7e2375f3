import { describe, expect, it, vi } from 'vitest';
import { announcementParts, CLIP_KEYS } from '../../../../domain/queue/announcement';
import { ClipPlayer, MissingClipError } from '../../../../renderer/audio/clip-player';
import { clipUrl } from '../../../../renderer/audio/clip-urls';
import { FakeAudioContext, fakeFetch } from './fake-audio';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('ClipPlayer', () => {
  it('plays the clips of "请 A023 号 到 2 号窗口 办理" back to back in order', async () => {
    const context = new FakeAudioContext();
    const files = fakeFetch();
    const player = new ClipPlayer({ context, ...files, leadInSeconds: 0.1 });
    const { clips } = announcementParts('A023', 2);
    const playing = player.play(clips);
    await vi.waitFor(() => {
      expect(context.scheduled).toHaveLength(clips.length);
    });
    expect(context.scheduled.map((s) => s.clip)).toEqual([
      'chime',
      'qing',
      'letter-A',
      'digit-0',
      'digit-2',
      'digit-3',
      'hao',
      'dao',
      'num-2',
      'hao-chuangkou',
      'banli',
    ]);
    // Each starts where the one before ends (0.5 s each), after the lead-in.
    context.scheduled.forEach((s, i) => {
      expect(s.when).toBeCloseTo(10.1 + i * 0.5);
    });
    expect(context.sources.every((s) => s.connected)).toBe(true);
    context.endAll();
    await expect(playing).resolves.toBe('played');
    // Played nodes are let go of, so months of announcements leave nothing wired to the output.
    expect(context.sources.some((s) => s.connected)).toBe(false);
  });

  it('decodes each clip once and reuses the buffer for later announcements', async () => {
    const context = new FakeAudioContext();
    const files = fakeFetch();
    const player = new ClipPlayer({ context, ...files });
    for (const [n, w] of [
      ['A001', 1],
      ['A002', 1],
      ['A001', 1],
    ] as const) {
      const before = context.sources.length;
      const { clips } = announcementParts(n, w);
      const playing = player.play(clips);
      await vi.waitFor(() => {
        expect(context.sources.length).toBe(before + clips.length);
      });
      context.endAll();
      await playing;
    }
    const distinct = new Set([...announcementParts('A001', 1).clips, ...announcementParts('A002', 1).clips]);
    expect(context.decodeCount).toBe(distinct.size);
    expect(files.fetched).toHaveLength(distinct.size);
  });

  it('decodes a file shared by two keys once (num-2 and digit-2 say the same)', async () => {
    const context = new FakeAudioContext();
    const files = fakeFetch();
    const shared = (key: string) => files.urlOf(key.replace(/^num-/, 'digit-'));
    const player = new ClipPlayer({ context, urlOf: shared, fetchBytes: files.fetchBytes });
    await Promise.all([player.load('num-2'), player.load('digit-2')]);
    expect(context.decodeCount).toBe(1);
  });

  it('plays nothing while the browser holds audio back, and says so', async () => {
    const context = new FakeAudioContext('suspended');
    const player = new ClipPlayer({ context, ...fakeFetch() });
    expect(player.suspended).toBe(true);
    await expect(player.play(['chime'])).resolves.toBe('muted');
    expect(context.scheduled).toEqual([]);
    const changed = vi.fn();
    const unsubscribe = player.subscribe(changed);
    await player.unlock();
    expect(player.suspended).toBe(false);
    expect(changed).toHaveBeenCalledOnce();
    unsubscribe();
    expect(context.listenerCount).toBe(0);
  });

  it('finishes on a timer when the device never reports the end', async () => {
    vi.useFakeTimers();
    try {
      const context = new FakeAudioContext();
      const player = new ClipPlayer({ context, ...fakeFetch() });
      const playing = player.play(['qing', 'hao']);
      await vi.advanceTimersByTimeAsync(2_100);
      await expect(playing).resolves.toBe('played');
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails plainly for a clip it has no file for, and retries a clip whose load failed', async () => {
    const context = new FakeAudioContext();
    const files = fakeFetch();
    let failNext = true;
    const player = new ClipPlayer({
      context,
      urlOf: (key) => (key === 'missing' ? undefined : files.urlOf(key)),
      fetchBytes: (url) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('network down'));
        }
        return files.fetchBytes(url);
      },
    });
    await expect(player.load('missing')).rejects.toBeInstanceOf(MissingClipError);
    await expect(player.load('qing')).rejects.toThrow('network down');
    await settle();
    await expect(player.load('qing')).resolves.toMatchObject({ duration: 0.5 });
  });

  it('has a bundled file for every clip key the announcements use', () => {
    for (const key of CLIP_KEYS) expect(clipUrl(key), key).toEqual(expect.stringMatching(/\.wav$/));
  });
});
