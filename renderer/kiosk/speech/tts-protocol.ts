// The one message pair between the kiosk and its speech worker, parsed on
// both sides (a worker boundary is a boundary like any other).
import { z } from 'zod';

export const ttsRequestSchema = z.object({
  id: z.number().int(),
  /** In order, each for its voice (domain/speech/segments). */
  segments: z
    .array(z.object({ voice: z.enum(['cmn', 'en']), text: z.string().min(1).max(20_000) }))
    .min(1)
    .max(200),
  wordsPerMinute: z.number().int().min(60).max(300),
});
export type TtsRequest = z.infer<typeof ttsRequestSchema>;

export const ttsResponseSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), wav: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type TtsResponse = z.infer<typeof ttsResponseSchema>;
