// Every subcommand the CLI knows, by name.

import type { Command } from './command';
import { adminAccountCommand } from './commands/admin-account';
import { enrolCodeCommand } from './commands/enrol-code';
import { restoredCommand } from './commands/restored';
import { rulesCommand } from './commands/rules';
import { screenCommand } from './commands/screen';
import { setPinCommand } from './commands/set-pin';

export const COMMANDS = {
  screen: screenCommand,
  rules: rulesCommand,
  'enrol-code': enrolCodeCommand,
  'set-pin': setPinCommand,
  restored: restoredCommand,
  'admin-account': adminAccountCommand,
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function findCommand(name: string): Command | null {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : null;
}
