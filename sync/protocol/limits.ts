// Sizes both ends agree on: the client cuts its outbox into batches no larger
// than the server takes, and asks for pull pages within the server's range.

/** Most mutations in one push. */
export const MAX_PUSH_BATCH = 500;
/** Pull pages: DESIGN §3 asks for 1–5k rows. */
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;
/** Largest request body the server reads (a full batch of large postings fits). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
