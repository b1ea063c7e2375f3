// Plays the pre-rendered voice clips (assets/voice, made by
// scripts/voice/render-clips.ts) joined in order with Web Audio: each clip is
// fetched and decoded once and its AudioBuffer cached, then a sequence is
// scheduled back to back on the context's clock, so there are no gaps or
// overlaps whatever the main thread is doing.
//
// The player talks to a narrow slice of AudioContext so tests can hand it a fake.

export interface ClipBuffer {
  readonly duration: number;
}

export interface ClipSource {
  buffer: ClipBuffer | null;
  connect(destination: never): unknown;
  /** Let go of the output once played, so a day of announcements leaves no nodes wired to the speakers. */
  disconnect?(): void;
  start(when?: number): void;
  addEventListener(type: 'ended', listener: () => void): void;
}

export interface ClipAudioContext {
  readonly state: string;
  readonly currentTime: number;
  readonly destination: unknown;
  decodeAudioData(data: ArrayBuffer): Promise<ClipBuffer>;
  createBufferSource(): ClipSource;
  resume(): Promise<void>;
  addEventListener(type: 'statechange', listener: () => void): void;
  removeEventListener(type: 'statechange', listener: () => void): void;
}

/** What happened to a sequence: played to the end, or not played because the browser holds audio back. */
export type PlayOutcome = 'played' | 'muted';

export interface ClipPlayerOptions {
  readonly context: ClipAudioContext;
  /** The file's URL for a clip key; undefined when no clip exists for it. */
  readonly urlOf: (key: string) => string | undefined;
  readonly fetchBytes: (url: string) => Promise<ArrayBuffer>;
  /** Lead-in before the first clip, so the first syllable is not clipped while the device wakes. */
  readonly leadInSeconds?: number;
  /** Timers for the fallback when an `ended` event never comes (injected for tests). */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export class MissingClipError extends Error {
  readonly code = 'missing_clip';
  constructor(readonly key: string) {
    super(`缺少语音片段 ${key} / no voice clip for ${key}`);
  }
}

export class ClipPlayer {
  readonly context: ClipAudioContext;
  private readonly options: ClipPlayerOptions;
  // Bounded by the clip files (about forty): a file is decoded once for the life of the page.
  private readonly buffers = new Map<string, Promise<ClipBuffer>>();

  constructor(options: ClipPlayerOptions) {
    this.options = options;
    this.context = options.context;
  }

  /** The AudioContext waits for a user gesture (browser autoplay policy). */
  get suspended(): boolean {
    return this.context.state === 'suspended';
  }

  /** Be told when the context is suspended or resumed (for the "enable sound" button); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.context.addEventListener('statechange', listener);
    return () => {
      this.context.removeEventListener('statechange', listener);
    };
  }

  /** Fetch and decode a clip once; a failed load is forgotten so the next use tries again. */
  load(key: string): Promise<ClipBuffer> {
    const url = this.options.urlOf(key);
    if (url === undefined) return Promise.reject(new MissingClipError(key));
    // By file, not key: keys that say the same word (num-2, digit-2) share one file and one buffer.
    const cached = this.buffers.get(url);
    if (cached !== undefined) return cached;
    const loading = this.options
      .fetchBytes(url)
      .then((bytes) => this.context.decodeAudioData(bytes))
      .catch((error: unknown) => {
        this.buffers.delete(url);
        throw error;
      });
    this.buffers.set(url, loading);
    return loading;
  }

  /** Load every clip of the announcements ahead of the first call. */
  async preload(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((k) => this.load(k)));
  }

  /** Play `keys` back to back; resolves when the last clip has ended. */
  async play(keys: readonly string[]): Promise<PlayOutcome> {
    const buffers = await Promise.all(keys.map((k) => this.load(k)));
    if (this.context.state !== 'running') return 'muted';
    let at = this.context.currentTime + (this.options.leadInSeconds ?? 0.05);
    const startAt = at;
    let last: ClipSource | null = null;
    const sources: ClipSource[] = [];
    for (const buffer of buffers) {
      const source = this.context.createBufferSource();
      sources.push(source);
      source.buffer = buffer;
      source.connect(this.context.destination as never);
      source.start(at);
      at += buffer.duration;
      last = source;
    }
    if (last === null) return 'played';
    const lastSource = last;
    const setTimer = this.options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
    const clearTimer =
      this.options.clearTimer ??
      ((h: unknown) => {
        clearTimeout(h as ReturnType<typeof setTimeout>);
      });
    await new Promise<void>((resolve) => {
      // `ended` is the exact end; the timer is the floor for a device that never reports it.
      const handle = setTimer(resolve, Math.ceil((at - startAt) * 1000) + 1000);
      lastSource.addEventListener('ended', () => {
        clearTimer(handle);
        resolve();
      });
    });
    for (const source of sources) source.disconnect?.();
    return 'played';
  }

  /** Ask the browser to let sound out; only works inside a user gesture. */
  unlock(): Promise<void> {
    return this.context.resume();
  }
}
