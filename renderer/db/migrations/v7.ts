// Version 7: the window's work. A posting's history is read per posting; the
// ledger by market and day already has its index (v1 serviceRecords).
export const version = 7;

export const stores = {
  postingHistory: 'id, postingId, [marketId+at]',
} as const;
