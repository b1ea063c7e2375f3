// 朗读 on the kiosk: the platform's Chinese voice when one is installed
// (Windows SAPI voices), otherwise offline synthesis in a Web Worker (text →
// words for numbers → tone-numbered pinyin → espeak-ng WASM). One utterance
// at a time: a new 朗读 or 停止 stops the one playing.
import type { Lang } from '../../../domain/reference/labels';
import { readable } from '../../../domain/speech/reading';
import { speechSegments } from '../../../domain/speech/segments';
import { ELDER_WPM, NORMAL_WPM } from '../../audio/espeak-synth';
import { chineseVoice, englishVoice } from '../../audio/platform-voice';
import { ttsResponseSchema, type TtsRequest } from './tts-protocol';

export interface SpeakOptions {
  readonly elder: boolean;
  /** The screen's language: English is read by an English voice (postings' own hanzi by the Chinese one). */
  readonly lang?: Lang;
}

type Listener = (speaking: boolean) => void;

export class ReadAloud {
  private worker: Worker | null = null;
  private context: AudioContext | null = null;
  private source: AudioBufferSourceNode | null = null;
  private nextId = 1;
  private current = 0;
  private readonly pending = new Map<number, (wav: Uint8Array | null) => void>();
  private readonly listeners = new Set<Listener>();
  /** When the last utterance's first sample was ready (ms since it was asked for), for the bench. */
  lastFirstAudioMs: number | null = null;

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(speaking: boolean): void {
    for (const l of this.listeners) l(speaking);
  }

  /** Start the worker (and its WASM compile) before the first 朗读. */
  warm(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(new URL('./tts.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = ttsResponseSchema.safeParse(event.data);
      if (!reply.success) return;
      const resolve = this.pending.get(reply.data.id);
      this.pending.delete(reply.data.id);
      resolve?.(reply.data.ok ? reply.data.wav : null);
    });
    this.worker = worker;
    return worker;
  }

  async speak(text: string, options: SpeakOptions): Promise<void> {
    this.stop();
    const id = this.nextId++;
    this.current = id;
    const asked = performance.now();
    this.emit(true);
    const lang = options.lang ?? 'zh';
    // Numbers become Chinese words only for the Chinese voice; an English voice reads digits itself.
    const words = lang === 'zh' ? readable(text) : text;
    const pickVoice = lang === 'zh' ? chineseVoice : englishVoice;
    const voice = typeof speechSynthesis === 'undefined' ? null : pickVoice(speechSynthesis.getVoices());
    if (voice !== null) {
      const u = new SpeechSynthesisUtterance(words);
      u.lang = voice.lang;
      u.voice = speechSynthesis.getVoices().find((v) => v.name === voice.name) ?? null;
      u.rate = options.elder ? 0.75 : 0.95;
      u.addEventListener('start', () => {
        this.lastFirstAudioMs = performance.now() - asked;
      });
      u.addEventListener('end', () => {
        if (this.current === id) this.finish();
      });
      speechSynthesis.speak(u);
      return;
    }
    const request: TtsRequest = {
      id,
      segments: speechSegments(text, lang),
      wordsPerMinute: options.elder ? ELDER_WPM : NORMAL_WPM,
    };
    const wav = await new Promise<Uint8Array | null>((resolve) => {
      this.pending.set(id, resolve);
      this.ensureWorker().postMessage(request);
    });
    if (this.current !== id || wav === null) {
      if (this.current === id) this.finish();
      return;
    }
    this.context ??= new AudioContext();
    const buffer = await this.context.decodeAudioData(wav.slice().buffer);
    if (this.current !== id) return;
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    source.addEventListener('ended', () => {
      source.disconnect();
      if (this.current === id) this.finish();
    });
    this.source = source;
    this.lastFirstAudioMs = performance.now() - asked;
    source.start();
  }

  private finish(): void {
    this.current = 0;
    this.source = null;
    this.emit(false);
  }

  stop(): void {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    if (this.source !== null) {
      try {
        this.source.stop();
      } catch {
        // Already ended.
      }
      this.source.disconnect();
    }
    if (this.current !== 0) this.finish();
  }

  /** On an idle reset: nothing of the last person keeps sounding. */
  dispose(): void {
    this.stop();
    this.worker?.terminate();
    this.worker = null;
    void this.context?.close();
    this.context = null;
  }
}
