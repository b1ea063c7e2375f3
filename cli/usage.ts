// The usage text, built from the command map so a new command documents itself.

import { COMMANDS } from './commands';

export function usageText(): string {
  const lines = ['用法 / usage: npm run cli -- <命令 command> [参数 args]', '', '命令 / commands:'];
  for (const [name, command] of Object.entries(COMMANDS)) {
    lines.push(`  ${name} ${command.args}`);
    lines.push(`      ${command.summary.zh} / ${command.summary.en}`);
  }
  return `${lines.join('\n')}\n`;
}
