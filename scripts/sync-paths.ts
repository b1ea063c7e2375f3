// Paths the renderer sends to the sync server. The launcher and the browser
// suite proxy them from the renderer's origin, so a terminal in a plain
// browser talks to one origin.
export const SYNC_PATHS = ['/v1', '/healthz'] as const;
