// Offline Chinese speech: tone-numbered pinyin (domain/speech/pinyin) read by
// espeak-ng compiled to WASM with its `cmn-latn-pinyin` voice, the same voice
// the lobby's clips were rendered with. The WASM is compiled once per worker
// and instantiated per utterance (the package runs espeak-ng's command line
// once per instance), writing a WAV into the module's in-memory file system.
import ESpeakNg from 'espeak-ng';
import type { SpeechSegment, SpeechVoice } from '../../domain/speech/segments';

export interface Pcm {
  readonly sampleRate: number;
  readonly samples: Int16Array;
}

export interface SynthOptions {
  /** Words per minute; elder mode reads slower. */
  readonly wordsPerMinute: number;
  /** Chinese (tone-numbered pinyin in) unless told otherwise. */
  readonly voice?: SpeechVoice;
}

/** espeak-ng's names for the voices the kiosk speaks with. */
const ESPEAK_VOICE: Record<SpeechVoice, string> = { cmn: 'cmn-latn-pinyin', en: 'en' };

export const NORMAL_WPM = 150;
export const ELDER_WPM = 115;

function ascii(bytes: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + n));
}

/** The mono 16-bit samples of espeak-ng's WAV. */
export function pcmOfWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') throw new Error('不是 WAV / not a WAV file');
  let at = 12;
  let sampleRate = 0;
  let channels = 1;
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at, 4);
    const size = Math.min(view.getUint32(at + 4, true), bytes.length - at - 8);
    if (id === 'fmt ') {
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
    } else if (id === 'data') {
      const frames = Math.floor(size / (2 * channels));
      const samples = new Int16Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = view.getInt16(at + 8 + i * 2 * channels, true);
      return { sampleRate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV 无数据 / WAV without data');
}

export class EspeakSynth {
  private compiled: Promise<WebAssembly.Module> | null = null;

  constructor(private readonly loadWasm: () => Promise<WebAssembly.Module>) {}

  /** Compile ahead, so the first 朗读 does not wait for 18 MB of WASM. */
  warm(): Promise<WebAssembly.Module> {
    this.compiled ??= this.loadWasm();
    return this.compiled;
  }

  /** The WAV bytes of `pinyin` (tone-numbered syllables). */
  async wav(pinyin: string, options: SynthOptions): Promise<Uint8Array> {
    const module = await this.warm();
    const espeak = await ESpeakNg({
      arguments: [
        '-v',
        ESPEAK_VOICE[options.voice ?? 'cmn'],
        '-s',
        String(options.wordsPerMinute),
        '-w',
        '/speech.wav',
        pinyin,
      ],
      print: () => undefined,
      printErr: () => undefined,
      instantiateWasm: (imports, done) => {
        void WebAssembly.instantiate(module, imports).then((instance) => {
          done(instance, module);
        });
        return {};
      },
    });
    return espeak.FS.readFile('/speech.wav');
  }

  async pcm(pinyin: string, options: SynthOptions): Promise<Pcm> {
    return pcmOfWav(await this.wav(pinyin, options));
  }

  /** One WAV of the segments read in order, each by its own voice (all of espeak-ng's voices share a rate). */
  async wavOfSegments(segments: readonly SpeechSegment[], options: SynthOptions): Promise<Uint8Array> {
    const parts: Pcm[] = [];
    for (const segment of segments) parts.push(await this.pcm(segment.text, { ...options, voice: segment.voice }));
    const first = parts[0];
    if (first === undefined) throw new Error('没有可读的内容 / nothing to read');
    const samples = new Int16Array(parts.reduce((n, p) => n + p.samples.length, 0));
    let at = 0;
    for (const p of parts) {
      samples.set(p.samples, at);
      at += p.samples.length;
    }
    return wavOfPcm({ sampleRate: first.sampleRate, samples });
  }
}

/** A mono 16-bit WAV of the samples: the format espeak-ng writes and decodeAudioData reads. */
export function wavOfPcm(pcm: Pcm): Uint8Array {
  const bytes = new Uint8Array(44 + pcm.samples.length * 2);
  const view = new DataView(bytes.buffer);
  const tag = (at: number, text: string) => {
    for (let i = 0; i < 4; i++) bytes[at + i] = text.charCodeAt(i);
  };
  tag(0, 'RIFF');
  view.setUint32(4, 36 + pcm.samples.length * 2, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  tag(36, 'data');
  view.setUint32(40, pcm.samples.length * 2, true);
  for (let i = 0; i < pcm.samples.length; i++) view.setInt16(44 + i * 2, pcm.samples[i] ?? 0, true);
  return bytes;
}
