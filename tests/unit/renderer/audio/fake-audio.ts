// A fake AudioContext for the clip player's tests: it records what was
// scheduled when, and lets a test end the sources. Not a test file.
import type { ClipAudioContext, ClipBuffer, ClipSource } from '../../../../renderer/audio/clip-player';

export interface Scheduled {
  readonly clip: string;
  readonly when: number;
}

interface FakeBuffer extends ClipBuffer {
  readonly clip: string;
}

export class FakeSource implements ClipSource {
  buffer: ClipBuffer | null = null;
  connected = false;
  private readonly onEnded: (() => void)[] = [];
  constructor(private readonly log: Scheduled[]) {}
  disconnect(): void {
    this.connected = false;
  }

  connect(): unknown {
    this.connected = true;
    return undefined;
  }
  start(when = 0): void {
    this.log.push({ clip: (this.buffer as FakeBuffer | null)?.clip ?? '?', when });
  }
  addEventListener(_type: 'ended', listener: () => void): void {
    this.onEnded.push(listener);
  }
  end(): void {
    for (const l of this.onEnded) l();
  }
}

export class FakeAudioContext implements ClipAudioContext {
  state: string;
  currentTime = 10;
  readonly destination = {};
  readonly scheduled: Scheduled[] = [];
  readonly sources: FakeSource[] = [];
  decodeCount = 0;
  private readonly listeners = new Set<() => void>();

  constructor(state = 'running') {
    this.state = state;
  }

  /** Bytes are the clip's name; every clip lasts half a second. */
  decodeAudioData(data: ArrayBuffer): Promise<ClipBuffer> {
    this.decodeCount += 1;
    const buffer: FakeBuffer = { clip: new TextDecoder().decode(data), duration: 0.5 };
    return Promise.resolve(buffer);
  }
  createBufferSource(): ClipSource {
    const s = new FakeSource(this.scheduled);
    this.sources.push(s);
    return s;
  }
  resume(): Promise<void> {
    this.state = 'running';
    for (const l of this.listeners) l();
    return Promise.resolve();
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.delete(listener);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  /** End every source started so far (the last one's `ended` settles play()). */
  endAll(): void {
    for (const s of this.sources) s.end();
  }
}

/** Serves each clip's bytes as its key, counting fetches. */
export function fakeFetch() {
  const fetched: string[] = [];
  return {
    fetched,
    urlOf: (key: string) => `/voice/${key}.wav`,
    fetchBytes: (url: string) => {
      fetched.push(url);
      const key = /\/voice\/(.+)\.wav$/.exec(url)?.[1] ?? '';
      return Promise.resolve(new TextEncoder().encode(key).buffer);
    },
  };
}
