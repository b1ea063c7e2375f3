// What a command may touch: three streams, passed in so tests can drive a
// command with in-memory streams and read what it wrote.

import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export const EXIT_OK = 0;
/** The command ran, but some of its input could not be used. */
export const EXIT_BAD_INPUT = 1;
/** The command could not run: wrong arguments, a file that is not there. */
export const EXIT_USAGE = 2;

/** Write and wait when the stream asks us to, so a large file is not buffered whole in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** The lines of `input`, without line endings (LF or CRLF) and without a leading byte-order mark. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}

/** The reader of our output went away (a pipe into `head`). */
export function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EPIPE';
}

export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}
