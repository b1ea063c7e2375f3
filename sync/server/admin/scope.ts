// What an account's scope reaches: a city account every market, a district
// account its district's markets, a market manager one market. Every route
// asks these before it reads or changes anything.
import type { AdminScope } from '../../protocol/admin';

export interface MarketPlace {
  readonly id: string;
  readonly district: string;
}

export function reachesMarket(scope: AdminScope, market: MarketPlace): boolean {
  switch (scope.role) {
    case 'city':
      return true;
    case 'district':
      return market.district === scope.district;
    case 'market':
      return market.id === scope.marketId;
  }
}

/** A district (and every market in it): city accounts, and that district's own. */
export function reachesDistrict(scope: AdminScope, district: string): boolean {
  return scope.role === 'city' || (scope.role === 'district' && scope.district === district);
}

/** An account may create accounts only inside its own reach, and never a wider one than its own. */
export function mayCreate(scope: AdminScope, target: AdminScope): boolean {
  if (scope.role === 'city') return true;
  if (scope.role === 'district') return target.role !== 'city' && target.district === scope.district;
  return false;
}
