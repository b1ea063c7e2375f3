import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, ledgerCells, ledgerRow, type LedgerRow } from '../../../../../domain/window/ledger';
import { ledgerXlsx } from '../../../../../renderer/caller/ledger/xlsx-export';

describe('ledgerXlsx', () => {
  it('reads back with exceljs as the same heads and rows', async () => {
    const rows: LedgerRow[] = [1, 2, 3].map((i) =>
      ledgerRow(
        {
          id: `r${i}`,
          deleted: false,
          day: '2026-12-03',
          serviceCode: 'policy',
          staffId: 's',
          seekerId: null,
          employerId: null,
          outcome: 'consulted',
          missingMaterials: [],
          startedAt: '2026-12-03T01:00:00.000Z',
          finishedAt: `2026-12-03T01:0${i}:00.000Z`,
          note: `备注${i}，含逗号,`,
        },
        {
          serviceLabel: () => '政策咨询',
          staff: () => ({ name: '李明', staffNo: 'YZ002' }),
          seeker: () => undefined,
          employer: () => undefined,
          unmasked: false,
          clock: (iso) => iso.slice(11, 16),
        },
      ),
    );
    const bytes = await ledgerXlsx(rows);
    const wb = new ExcelJS.Workbook();
    // Read back from a file, as the office would open it (exceljs' load() types clash with Node's Buffer).
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.xlsx');
    writeFileSync(file, bytes);
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('服务台账');
    const values = (n: number): unknown[] => LEDGER_COLUMNS.map((_, j) => ws?.getRow(n).getCell(j + 1).value ?? '');
    expect(values(1)).toEqual(LEDGER_COLUMNS.map((c) => c.head));
    for (let i = 0; i < rows.length; i++) {
      const expected = ledgerCells(rows[i] as LedgerRow);
      expect(values(i + 2)).toEqual(expected);
    }
    expect(ws?.rowCount).toBe(rows.length + 1);
  });
});
