// Offline Mandarin synthesis with espeak-ng compiled to WebAssembly (the
// `espeak-ng` package). It runs in a Web Worker in the kiosk
// (speech-worker.ts) and directly in Node for tests and the bench; the caller
// supplies the compiled WebAssembly module, so the 18 MB binary is fetched and
// compiled once and each utterance only instantiates it.
//
// The package is the espeak-ng program, not a library: each run executes its
// main() once with command-line arguments and leaves a WAV in its in-memory
// file system. Text goes in as tone-numbered pinyin (domain/speech) to the
// `cmn-latn-pinyin` voice, which reads it reliably where espeak's own hanzi
// reading falls back to English.
import ESpeakNg from 'espeak-ng';
import { readWav, type Pcm } from './wav';

export const VOICE = 'cmn-latn-pinyin';
/** Words per minute: a little slower than espeak's 175 for a kiosk hall; slower still for elders. */
export const RATE = { normal: 150, elder: 115 } as const;
export type SpeechRate = keyof typeof RATE;

const OUT = '/tmp/utterance.wav';

export class SynthesisError extends Error {
  readonly code = 'synthesis_failed';
  constructor(readonly reason: string) {
    super(`离线语音合成失败：${reason} / offline speech synthesis failed: ${reason}`);
  }
}

export class EspeakSynth {
  private compiled: Promise<WebAssembly.Module> | null = null;

  constructor(private readonly compileWasm: () => Promise<WebAssembly.Module>) {}

  /** Compiles the binary now, so the first 朗读 does not wait for it. */
  warm(): Promise<WebAssembly.Module> {
    this.compiled ??= this.compileWasm().catch((error: unknown) => {
      this.compiled = null;
      throw error;
    });
    return this.compiled;
  }

  /** The PCM of one utterance of tone-numbered pinyin. */
  async synthesise(pinyin: string, rate: SpeechRate): Promise<Pcm> {
    if (pinyin.trim() === '') return { sampleRate: 22_050, samples: new Float32Array(0) };
    const wasm = await this.warm();
    const errors: string[] = [];
    try {
      const program = await ESpeakNg({
        arguments: ['-v', VOICE, '-s', String(RATE[rate]), '-w', OUT, pinyin],
        print: () => undefined,
        printErr: (line) => errors.push(line),
        instantiateWasm: (imports, receive) => {
          void WebAssembly.instantiate(wasm, imports).then((instance) => {
            receive(instance, wasm);
          });
          return {};
        },
      });
      return readWav(program.FS.readFile(OUT));
    } catch (error) {
      throw new SynthesisError(errors.join('; ') || (error instanceof Error ? error.message : String(error)));
    }
  }
}
