/**
 * The engine benchmark's yardstick: the same estimate as an apportionment sheet in
 * HyperFormula (a spreadsheet engine). HyperFormula is installed in bench/hyperformula/ only
 * (its own package.json; GPL-3.0, used for measuring alone), never in the app: the first run
 * installs it there with npm.
 *
 * One sheet per scheme, one row per line: quantity, low / expected / high unit price, the
 * customer's fraction (1, 0, or a reference to its network section's CAF cell), then the
 * cost and the customer's share in each scenario rounded to pence, and the totals as sums.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CostLineInput, EstimateInput } from '../src/engine';

const DIR = fileURLToPath(new URL('./hyperformula/', import.meta.url));

interface CellAddress {
  sheet: number;
  row: number;
  col: number;
}
interface Sheet {
  setCellContents(address: CellAddress, content: unknown): unknown;
  getCellValue(address: CellAddress): unknown;
  getSheetId(name: string): number | undefined;
  destroy(): void;
}
interface HyperFormulaStatic {
  buildFromSheets(sheets: Record<string, unknown[][]>, config: Record<string, unknown>): Sheet;
}

export function loadHyperFormula(): HyperFormulaStatic {
  if (!existsSync(`${DIR}node_modules/hyperformula`)) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', DIR], { stdio: 'inherit' });
  }
  const require = createRequire(`${DIR}package.json`);
  return (require('hyperformula') as { HyperFormula: HyperFormulaStatic }).HyperFormula;
}

function prices(line: CostLineInput): [string, string, string] {
  const p = line.unitPrice;
  if (p.kind === 'fixed') return [p.amount, p.amount, p.amount];
  if (p.kind === 'range') {
    const expected = p.expected ?? String((Number(p.low) + Number(p.high)) / 2);
    return [p.low, expected, p.high];
  }
  return ['0', '0', '0'];
}

/** Row 1 holds each section's CAF (column A: 'sec', B: 'fl'); the lines start on row 2. */
function rows(lines: readonly CostLineInput[], totalsRow: number): unknown[][] {
  const out: unknown[][] = [[0.35, 0.04]];
  lines.forEach((line, i) => {
    const r = i + 2;
    const ch = line.charging;
    const share =
      ch.rule === 'apportioned'
        ? ch.rsnId === 'sec'
          ? '=$A$1'
          : '=$B$1'
        : ch.rule === 'beyond-minimum' && ch.requestedBy === 'operator'
          ? 0
          : 1;
    const [low, expected, high] = prices(line);
    out.push([
      Number(line.quantity),
      Number(low),
      Number(expected),
      Number(high),
      share,
      `=ROUND(A${r}*B${r},2)`,
      `=ROUND(A${r}*C${r},2)`,
      `=ROUND(A${r}*D${r},2)`,
      `=ROUND(F${r}*E${r},2)`,
      `=ROUND(G${r}*E${r},2)`,
      `=ROUND(H${r}*E${r},2)`,
    ]);
  });
  const last = lines.length + 1;
  while (out.length < totalsRow - 1) out.push([]);
  out[totalsRow - 1] = ['F', 'G', 'H', 'I', 'J', 'K'].map((c) => `=SUM(${c}2:${c}${last})`);
  return out;
}

/** The estimate as a workbook: build it, edit one quantity, read a total. */
export function sheetOf(HyperFormula: HyperFormulaStatic, input: EstimateInput) {
  const totalsRow = input.schemes.minimum.lines.length + 3;
  const sheets: Record<string, unknown[][]> = {
    Minimum: rows(input.schemes.minimum.lines, totalsRow),
  };
  if (input.schemes.enhanced)
    sheets.Enhanced = rows(input.schemes.enhanced.lines, input.schemes.enhanced.lines.length + 3);
  const build = () => HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  return {
    build,
    /** Sets the quantity of line i of the Minimum Scheme and reads its expected customer total. */
    edit(sheet: Sheet, i: number, quantity: number): unknown {
      const id = sheet.getSheetId('Minimum')!;
      sheet.setCellContents({ sheet: id, row: i + 1, col: 0 }, quantity);
      return sheet.getCellValue({ sheet: id, row: totalsRow - 1, col: 4 });
    },
  };
}
