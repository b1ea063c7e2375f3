// Version 3: the refusals the server sent back (mutations it rejected for
// good) are kept on the terminal, written in the same transaction that drops
// their outbox rows, until someone at the terminal dismisses them; before,
// they lived in memory and a restart lost the reasons.
export const version = 3;

export const stores = {
  rejections: 'mutationId',
} as const;
