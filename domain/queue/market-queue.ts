// A market's queue settings, with the standard ones for a market that has
// not configured its own: the one-stop window's services of 第四条(四),
// 第七条 and 第十条(三), and the default calling rule.
import type { Market } from '../records/market';
import type { QueueService } from './config';
import { DEFAULT_CALLING_RULE, type CallingRule } from './fairness';
import { STANDARD_SERVICES } from './standard-services';

export function marketServices(market: Pick<Market, 'queue'>): readonly QueueService[] {
  return market.queue?.services ?? STANDARD_SERVICES;
}

export function marketCallingRule(market: Pick<Market, 'queue'>): CallingRule {
  return market.queue?.callingRule ?? DEFAULT_CALLING_RULE;
}
