// The espeak-ng WebAssembly binary compiled in Node, for the tests and the
// bench that run the real synthesiser outside a browser.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function compileEspeakInNode(): Promise<WebAssembly.Module> {
  const bytes = await readFile(require.resolve('espeak-ng/dist/espeak-ng.wasm'));
  return WebAssembly.compile(new Uint8Array(bytes));
}
