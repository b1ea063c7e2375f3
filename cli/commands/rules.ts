// `rules`: print the screening rules table as JSON, so an operator can read
// what is checked (and copy a rule as the start of an extension).

import { RULES_TABLE } from '../../domain/posting/rules';
import type { Command } from '../command';
import { EXIT_OK, EXIT_USAGE, write } from '../io';

export const rulesCommand: Command = {
  summary: {
    zh: '以 JSON 输出岗位审核规则表（供运维人员查看与扩展）',
    en: 'print the posting screening rules table as JSON (for operators to read and extend)',
  },
  args: '',
  async run(args, io) {
    if (args.length > 0) {
      await write(io.stderr, 'rules 不接受参数 / rules takes no arguments\n');
      return EXIT_USAGE;
    }
    await write(io.stdout, `${JSON.stringify(RULES_TABLE, null, 2)}\n`);
    return EXIT_OK;
  },
};
