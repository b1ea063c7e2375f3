// One announcement, start to end: the chime, then the words — by the platform
// voice when a Chinese one is installed, else by the pre-rendered clips joined
// in order (DESIGN §4). Resolves when the sound has finished, which is what
// lets the announce machine keep announcements from cutting each other off.
import { announcementParts } from '../../domain/queue/announcement';
import type { CallToAnnounce } from '../state/announce-machine';
import type { ClipPlayer } from './clip-player';
import type { PlatformVoice } from './platform-voice';

export interface SpeakerParts {
  readonly player: ClipPlayer | null;
  readonly voice: PlatformVoice | null;
}

export type Speak = (call: CallToAnnounce) => Promise<void>;

export function createSpeaker({ player, voice }: SpeakerParts): Speak {
  return async (call) => {
    const parts = announcementParts(call.display, call.windowNumber);
    // Held back by the autoplay policy: the call still flashes on screen; the voice would be refused too.
    if (player?.suspended === true) return;
    const zh = voice?.voice() ?? null;
    if (voice !== null && zh !== null) {
      if (player !== null) await player.play(parts.clips.slice(0, 1));
      await voice.speak(parts.spoken, zh);
      return;
    }
    if (player !== null) await player.play(parts.clips);
  };
}
