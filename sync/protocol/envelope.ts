// Fields every request carries, so the server can tell an old terminal to
// update (426) before it tries to read the rest of the message.
import { z } from 'zod';

export const versionEnvelope = {
  protocolVersion: z.number().int(),
  schemaVersion: z.number().int(),
};

export const versionEnvelopeSchema = z.object(versionEnvelope);
