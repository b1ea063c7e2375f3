// Paths the renderer sends to the sync server (and /t/, the phone page a
// ticket's QR code points at). The launcher and the browser
// suite proxy them from the renderer's origin, so a terminal in a plain
// browser talks to one origin.
export const SYNC_PATHS = ['/v1', '/healthz', '/t/'] as const;
