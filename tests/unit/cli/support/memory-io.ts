// In-memory streams for driving a CLI command in a test and reading what it wrote.
import { Readable, Writable } from 'node:stream';
import type { CliIO } from '../../../../cli/io';

export class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export function memoryIO(stdinText = ''): CliIO & { stdout: Collector; stderr: Collector } {
  return { stdin: Readable.from([stdinText]), stdout: new Collector(), stderr: new Collector() };
}
