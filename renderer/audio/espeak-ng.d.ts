// The espeak-ng package (Emscripten build, ES module factory) ships no types;
// this is the slice of its Module the synthesiser uses.
declare module 'espeak-ng' {
  export interface ESpeakNgModuleOptions {
    /** Command-line arguments of the espeak-ng program, run once when the module starts. */
    readonly arguments: readonly string[];
    readonly print?: (line: string) => void;
    readonly printErr?: (line: string) => void;
    readonly instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object;
    readonly locateFile?: (path: string, prefix: string) => string;
  }
  export interface ESpeakNgModule {
    readonly FS: {
      readFile(path: string): Uint8Array;
      readFile(path: string, options: { encoding: 'utf8' }): string;
    };
  }
  const ESpeakNg: (options: ESpeakNgModuleOptions) => Promise<ESpeakNgModule>;
  export default ESpeakNg;
}
