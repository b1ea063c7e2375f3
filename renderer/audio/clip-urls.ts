// Where the voice clips are served from. The glob makes Vite bundle every WAV
// of assets/voice (the renderer's root is renderer/, so the files would not be
// served otherwise) and hands back each file's URL.
import manifest from '../../assets/voice/manifest.json';

const FILES = import.meta.glob<string>('../../assets/voice/*.wav', { query: '?url', import: 'default', eager: true });

const CLIPS: Readonly<Record<string, { readonly file: string }>> = manifest.clips;

/** The URL of a clip key's file, or undefined when the manifest or the bundle lacks it. */
export function clipUrl(key: string): string | undefined {
  const entry = CLIPS[key];
  if (entry === undefined) return undefined;
  return FILES[`../../assets/voice/${entry.file}`];
}
