// One subcommand of the CLI. Adding one is: write a module exporting a
// Command, add it to the map in commands.ts.

import type { Bilingual } from '../domain/posting/rule-schema';
import type { CliIO } from './io';

export interface Command {
  /** One line for the usage text. */
  readonly summary: Bilingual;
  /** Arguments after the command name, e.g. `FILE|-`. */
  readonly args: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
