// Which clients the server talks to. The server accepts the current protocol
// and the one before it, so a market can update its terminals one by one;
// anything older is told to update (HTTP 426), anything newer is refused
// until the server itself is updated.
import { SCHEMA_VERSION } from '../../domain/records/mutation';

/** Bumped when a message shape changes incompatibly. */
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = PROTOCOL_VERSION - 1;

export { SCHEMA_VERSION };
export const MIN_SCHEMA_VERSION = SCHEMA_VERSION - 1;

export type VersionVerdict = 'ok' | 'too_old' | 'too_new';

export function checkVersion(version: number, current: number, minimum: number): VersionVerdict {
  if (version < minimum) return 'too_old';
  if (version > current) return 'too_new';
  return 'ok';
}
