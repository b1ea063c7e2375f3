// Version 1: the base tables. A released version never changes: a terminal
// that already holds data upgrades by replaying only the versions after its
// own, so an edit here would never reach it. New tables and indexes go in a
// new file (v3.ts, …) listed in ./index.
//
// Booleans and nulls are not IndexedDB keys, so `deleted` and nullable fields
// cannot narrow a query; the query functions filter those in memory.
export const version = 1;

export const stores = {
  // The directory of markets is browsed by district.
  markets: 'id, district',
  terminals: 'id, marketId',
  staff: 'id, marketId',
  employers: 'id, marketId, creditCode',
  // The kiosk board: published and still valid, by trade and by district.
  postings: 'id, marketId, employerId, [status+validUntil], occupationCode, location.district',
  // A returning seeker is found by phone number.
  seekers: 'id, marketId, phone',
  applications: 'id, postingId, seekerId, ticketId',
  // Numbers restart per market per day per lane; tickets never change, so
  // their state is derived from the events.
  tickets: 'id, [marketId+day+lane]',
  ticketEvents: 'id, ticketId',
  // 台账 and today's figures.
  serviceRecords: 'id, [marketId+day], staffId',
  // The display lists events that have not ended yet.
  recruitmentEvents: 'id, [marketId+endsAt]',
  contentItems: 'id, kind',
  surveyResponses: 'id, marketId',
  feedback: 'id, [marketId+status]',
  // Keyed by the device's gap-free mutation id, so key order is push order.
  outbox: 'mutationId',
  meta: 'key',
} as const;
