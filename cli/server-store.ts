// The server store an operator command works on. Commands never create one:
// an empty store made here would hold codes or PINs no running server knows.
import { existsSync } from 'node:fs';
import type { StoreLocation } from '../sync/server/store/open';

/** A bilingual line when the store cannot be the server's, else null. */
export function serverStoreProblem(location: StoreLocation): string | null {
  if ('sqlite' in location && !existsSync(location.sqlite)) {
    return `找不到服务器数据库 / no server database at ${location.sqlite} (start the server once first)`;
  }
  return null;
}
