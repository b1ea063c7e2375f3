// The shape every check of an imported posting reads: the exchange format's
// fields, each possibly missing or unusable. Its own module so exchange.ts
// (which parses lines into it) and field-checks.ts / screen.ts (which read it)
// need not import each other.
/** What a line may hold: the same fields, each possibly missing or unusable. */
export interface LooseExchangePosting {
  id?: string;
  title?: string;
  occupation?: string;
  skills?: string;
  location?: { district?: string; address?: string };
  duration?: string;
  content?: string;
  pay?: { amount?: number; unit?: string; method?: string };
  headcount?: number;
  validUntil?: string;
  employer?: { name?: string; creditCode?: string };
  contact?: { name?: string; phone?: string };
}
