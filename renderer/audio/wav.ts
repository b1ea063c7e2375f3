// espeak-ng writes RIFF WAV (16-bit PCM, mono, 22 050 Hz); Web Audio wants
// float samples, so the file is read here rather than through
// decodeAudioData, which would also resample it on the main thread.

export interface Pcm {
  readonly sampleRate: number;
  /** Mono samples in [-1, 1]. */
  readonly samples: Float32Array;
}

export class WavError extends Error {
  readonly code = 'bad_wav';
  constructor(reason: string) {
    super(`语音数据无法读取：${reason} / the synthesised audio cannot be read: ${reason}`);
  }
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/** The samples of a 16-bit PCM WAV file, channels mixed down to mono. */
export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || tag(view, 0) !== 'RIFF' || tag(view, 8) !== 'WAVE') throw new WavError('not RIFF/WAVE');
  let sampleRate = 0;
  let channels = 0;
  let bits = 0;
  for (let at = 12; at + 8 <= bytes.byteLength;) {
    const id = tag(view, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (view.getUint16(body, true) !== 1) throw new WavError('not PCM');
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
    } else if (id === 'data') {
      if (bits !== 16 || channels < 1) throw new WavError(`unsupported format (${String(bits)} bit)`);
      // A streamed file may carry a placeholder size: trust the bytes that are there.
      const end = Math.min(bytes.byteLength, body + size);
      const frames = Math.floor((end - body) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let f = 0; f < frames; f++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += view.getInt16(body + (f * channels + c) * 2, true);
        samples[f] = sum / channels / 32768;
      }
      return { sampleRate, samples };
    }
    at = body + size + (size % 2);
  }
  throw new WavError('no data chunk');
}
