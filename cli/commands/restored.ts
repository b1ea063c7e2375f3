// `restored [--db FILE | --pg URL]`: run once after restoring the server's
// store from a backup, before the server starts again. Gives the store a new
// epoch (every terminal pulls everything again and queues again the records
// it wrote itself) and lets each device's next push start past the mutation
// ids the backup lost, instead of stopping at that gap for ever.
import { parseArgs } from 'node:util';
import { markRestored } from '../../sync/server/store/restore';
import type { StoreLocation } from '../../sync/server/store/open';
import type { Command } from '../command';
import { EXIT_OK, EXIT_USAGE, write } from '../io';
import { STORE_OPTIONS, storeCommandArgs, storeLocationOf, withServerStore } from '../server-store';

const USAGE = '用法 / usage: npm run cli -- restored [--db ./data/gig.sqlite | --pg postgres://…]\n';

/** Parse and check the arguments; throws an Error whose message is for the operator. */
export function parseRestoredArgs(argv: readonly string[]): { readonly location: StoreLocation } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: STORE_OPTIONS,
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`多余的参数 / unexpected arguments: ${positionals.join(' ')}`);
  return { location: storeLocationOf(values) };
}

export const restoredCommand: Command = {
  summary: {
    zh: '从备份恢复服务器数据库后运行一次：终端重新同步并补传本机写入的记录',
    en: 'run once after restoring the server store from a backup: terminals sync afresh and send again what they wrote',
  },
  args: '[--db FILE | --pg URL]',
  async run(argv, io) {
    const args = await storeCommandArgs(argv, io, parseRestoredArgs, USAGE);
    if (args === EXIT_USAGE) return EXIT_USAGE;
    const marked = await withServerStore(args.location, (store) => markRestored(store.db));
    await write(io.stdout, `${JSON.stringify(marked)}\n`);
    return EXIT_OK;
  },
};
