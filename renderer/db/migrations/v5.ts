// Version 5: help requests (呼叫工作人员). The windows list a market's requests
// newest first; the kiosk follows its own by id.
export const version = 5;

export const stores = {
  helpRequests: 'id, [marketId+requestedAt]',
} as const;
