// The demo market as a flat list of (table, record) pairs, the shape every
// loader takes (the server's import, a terminal's pull).
import type { RecordTable } from '../records/registry';
import type { DemoMarket } from './generate';

/** The seed the embedded default uses, so every terminal and the server make the same market. */
export const DEMO_SEED = 20241;

export interface DemoRecord {
  readonly table: RecordTable;
  readonly record: unknown;
}

export function demoRecords(demo: DemoMarket): DemoRecord[] {
  const groups: [RecordTable, readonly unknown[]][] = [
    ['markets', [demo.market]],
    ['terminals', demo.terminals],
    ['staff', demo.staff],
    ['employers', demo.employers],
    ['postings', demo.postings],
    ['recruitmentEvents', demo.recruitmentEvents],
    ['contentItems', demo.contentItems],
  ];
  return groups.flatMap(([table, records]) => records.map((record) => ({ table, record })));
}
