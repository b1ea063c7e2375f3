// The ledger as an .xlsx (exceljs), beside the CSV: same columns, same rows,
// same masking (domain/window/ledger). Kept out of domain/ because exceljs
// builds a zip; it is still free of the DOM, so Node tests read it back.
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from '../../../domain/window/ledger';

export async function ledgerXlsx(rows: readonly LedgerRow[], sheetName = '服务台账'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gig-kiosk';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = LEDGER_COLUMNS.map((c) => ({ header: c.head, key: c.key, width: Math.max(10, c.head.length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(ledgerCells(r));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
