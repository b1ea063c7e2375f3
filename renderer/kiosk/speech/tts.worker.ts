// The kiosk's offline voice, off the main thread: segments for the Chinese
// and English voices in, one WAV out. The WASM is compiled as soon as the worker starts.
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';
import { EspeakSynth } from '../../audio/espeak-synth';
import { ttsRequestSchema, type TtsResponse } from './tts-protocol';

const synth = new EspeakSynth(() => WebAssembly.compileStreaming(fetch(wasmUrl)));
void synth.warm();

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ttsRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const { id, segments, wordsPerMinute } = parsed.data;
  synth.wavOfSegments(segments, { wordsPerMinute }).then(
    (bytes) => {
      // A copy on a plain ArrayBuffer of its own, so it can be transferred rather than cloned.
      const wav = new Uint8Array(bytes);
      const reply: TtsResponse = { id, ok: true, wav };
      self.postMessage(reply, { transfer: [wav.buffer] });
    },
    (error: unknown) => {
      const reply: TtsResponse = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      self.postMessage(reply);
    },
  );
});
