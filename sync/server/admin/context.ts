// What the console's routes share.
import type { Kysely } from 'kysely';
import type { Store } from '../store/open';
import type { Database } from '../store/schema';
import type { AdminRole } from '../../protocol/admin';
import type { ScryptCost } from './password';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A console route as the guard registered it: what the role checks and the tests walk over. */
export interface RouteInfo {
  readonly method: Method;
  readonly url: string;
  readonly roles: readonly AdminRole[];
}

export interface AdminContext {
  readonly store: Store;
  readonly db: Kysely<Database>;
  readonly now: () => number;
  /** Poke these markets' terminals (null: the global rows) after a change they pull. */
  readonly poke: (markets: ReadonlySet<string | null>) => void;
  /** Close a revoked device's poke sockets at once. */
  readonly dropDevice: (deviceId: string) => void;
  /** Password hashing cost; tests pass the floor. */
  readonly cost?: ScryptCost;
  /** Every guarded route, as registered (for the route-by-route access tests). */
  readonly routes: RouteInfo[];
}
