// Offline Chinese speech: tone-numbered pinyin (domain/speech/pinyin) read by
// espeak-ng compiled to WASM with its `cmn-latn-pinyin` voice, the same voice
// the lobby's clips were rendered with. The WASM is compiled once per worker
// and instantiated per utterance (the package runs espeak-ng's command line
// once per instance), writing a WAV into the module's in-memory file system.
import ESpeakNg from 'espeak-ng';

export interface Pcm {
  readonly sampleRate: number;
  readonly samples: Int16Array;
}

export interface SynthOptions {
  /** Words per minute; elder mode reads slower. */
  readonly wordsPerMinute: number;
}

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
      arguments: ['-v', 'cmn-latn-pinyin', '-s', String(options.wordsPerMinute), '-w', '/speech.wav', pinyin],
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
}
