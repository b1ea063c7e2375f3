// What the console's routes share.
import type { Kysely } from 'kysely';
import type { Store } from '../store/open';
import type { Database } from '../store/schema';
import type { RouteInfo } from './guard';
import type { ScryptCost } from './password';

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
