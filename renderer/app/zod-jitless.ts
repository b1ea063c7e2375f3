// Imported first by renderer/main.tsx (electron/preload.ts has its own copy:
// the renderer imports nothing from electron/ but the IPC contract). The
// shell's CSP forbids eval. Zod probes for it with
// a caught `new Function("")` when it builds its first object schema, and
// Chromium reports that probe as a securitypolicyviolation although it is
// caught, which would bury real violations in noise. `jitless` skips the
// probe and compiles nothing: what zod ends up doing under the CSP anyway.
// It must run before any module that builds a schema, hence its own module.
import { z } from 'zod';

z.config({ jitless: true });
