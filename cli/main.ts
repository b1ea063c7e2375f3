// The command-line entry: `npm run cli -- <command> [args]`. Parsing the
// command name and reporting usage errors live here; each command lives in
// commands/ and the logic it runs lives in domain/.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findCommand } from './commands';
import { EXIT_OK, EXIT_USAGE, isBrokenPipe, processIO, write } from './io';
import type { CliIO } from './io';
import { usageText } from './usage';

const HELP = new Set(['help', '--help', '-h']);

/** Runs the CLI with `argv` (the arguments after the script) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    await write(io.stderr, `缺少命令 / missing command\n\n${usageText()}`);
    return EXIT_USAGE;
  }
  if (HELP.has(name)) {
    await write(io.stdout, usageText());
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (command === null) {
    await write(io.stderr, `未知命令 / unknown command: ${name}\n\n${usageText()}`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // Without a listener a closed pipe on stdout is an uncaught error; the command sees the failed write and stops.
  process.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
  runCli(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
