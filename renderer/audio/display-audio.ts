// The page's one AudioContext and speech synthesiser. Created once and kept
// for the life of the page: a context per render (React StrictMode mounts
// twice) would leak audio hardware handles over a day.
import { CLIP_KEYS } from '../../domain/queue/announcement';
import { ClipPlayer, type ClipAudioContext } from './clip-player';
import { clipUrl } from './clip-urls';
import { PlatformVoice, type SynthLike, type UtteranceLike } from './platform-voice';
import { createSpeaker, type Speak } from './speaker';

export interface DisplayAudio {
  readonly player: ClipPlayer | null;
  readonly speak: Speak;
}

let shared: DisplayAudio | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`语音片段加载失败 ${url}：${response.status} / clip failed to load`);
  return response.arrayBuffer();
}

function makePlayer(): ClipPlayer | null {
  if (typeof AudioContext === 'undefined') return null;
  const context = new AudioContext();
  return new ClipPlayer({ context: context satisfies ClipAudioContext, urlOf: clipUrl, fetchBytes });
}

function makeVoice(): PlatformVoice | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return new PlatformVoice(
    speechSynthesis satisfies SynthLike,
    (text) => new SpeechSynthesisUtterance(text) satisfies UtteranceLike,
  );
}

export function displayAudio(): DisplayAudio {
  if (shared !== null) return shared;
  const player = makePlayer();
  const voice = makeVoice();
  shared = { player, speak: createSpeaker({ player, voice }) };
  if (player !== null) {
    // Decoded ahead so the first call is not late; a failure here is retried at the first call.
    player.preload(CLIP_KEYS).catch((error: unknown) => {
      console.warn('语音片段预加载失败 / voice clips failed to preload', error);
    });
  }
  return shared;
}
