// The espeak-ng package ships Emscripten output without types: the little of
// its module interface the kiosk's offline voice uses.
declare module 'espeak-ng' {
  export interface ESpeakNgModule {
    readonly FS: { readFile(path: string): Uint8Array };
  }
  export interface ESpeakNgOptions {
    /** espeak-ng's command line, run once when the module starts. */
    readonly arguments: readonly string[];
    readonly print?: (text: string) => void;
    readonly printErr?: (text: string) => void;
    readonly instantiateWasm?: (
      imports: WebAssembly.Imports,
      done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object;
  }
  export default function ESpeakNg(options: ESpeakNgOptions): Promise<ESpeakNgModule>;
}
