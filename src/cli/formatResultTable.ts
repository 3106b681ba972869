/**
 * The CLI's `--table` view of an EstimateResult: each scheme's lines (description, cost,
 * rule, CAF, customer £), its totals, the payable figure, and its fees (from the result). Plain text, fixed-width
 * columns; figures are the expected scenario, with the low–high range where it differs.
 */
import type {
  EstimateResult,
  LineResult,
  PayableFigure,
  Range,
  SchemeResult,
  SchemeTotals,
} from '../engine/types';
import { CHARGE_CATEGORIES, COMPARISON_FIGURES } from '../charts/chargeCategories';
import { feeRowsOf, type SchemeFeeRows } from '../export/feeRows';
import { formatMoney, isZeroRange } from '../format/money';
import { terminalSafe } from '../format/visibleText';

const money = (range: Range<string>): string =>
  range.low === range.high
    ? formatMoney(range.expected)
    : `${formatMoney(range.expected)} (${formatMoney(range.low)} – ${formatMoney(range.high)})`;

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  value: (line: LineResult) => string;
}

const COLUMNS: Column[] = [
  { title: 'Description', width: 46, align: 'left', value: (l) => l.description },
  {
    title: 'Cost',
    width: 16,
    align: 'right',
    value: (l) => (l.isPoa ? 'POA' : formatMoney(l.cost.expected)),
  },
  { title: 'Rule', width: 28, align: 'left', value: (l) => l.ruleLabel },
  {
    title: 'CAF',
    width: 7,
    align: 'right',
    value: (l) => (l.apportionment ? `${l.apportionment.cafPercent}%` : ''),
  },
  {
    title: 'Customer',
    width: 16,
    align: 'right',
    value: (l) => (l.isPoa ? 'POA' : formatMoney(l.customer.expected)),
  },
];

function row(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const col = COLUMNS[i]!;
      const text = fit(cell, col.width);
      return col.align === 'right' ? text.trimEnd().padStart(col.width) : text;
    })
    .join('  ')
    .trimEnd();
}

/** The categories (from the one table), shown only when they hold money. */
const TOTAL_LABELS: [keyof SchemeTotals, string][] = CHARGE_CATEGORIES.map((c) => [c.key, c.label]);

const PAY_LABELS = { exVat: 'You pay (ex VAT)', incVat: 'You pay (inc VAT)' } as const;

/** The scheme's fees from the result: its fee category, then each fee row with its paragraph. */
function fees(rows: SchemeFeeRows | null): string[] {
  if (!rows) return [];
  const out = ['', `Fees: ${rows.category}. ${rows.categoryNote}`.trimEnd()];
  for (const fee of rows.items) {
    const note = fee.note.startsWith('Not levied')
      ? ' (not levied)'
      : fee.note.startsWith('For information')
        ? ' (for information)'
        : '';
    out.push(
      `  ${fit(`${fee.part} ${fee.rowId}`, 52)} ${fee.price.padStart(16)}  ${fee.citation}${note}`,
    );
  }
  return out;
}

function scheme(
  title: string,
  s: SchemeResult,
  pay: PayableFigure,
  feeRows: SchemeFeeRows | null,
): string[] {
  const out = [`${title}: ${s.name}`, ''];
  out.push(row(COLUMNS.map((c) => c.title)));
  out.push(row(COLUMNS.map((c) => '-'.repeat(c.width))));
  for (const line of s.lines) out.push(row(COLUMNS.map((c) => c.value(line))));
  if (s.lines.length === 0) out.push('(no cost lines)');
  for (const pw of s.previousWorks) {
    out.push(
      `Previous works: ${pw.description}: ${pw.isWithinPeriod ? formatMoney(pw.amount) : 'outside the prescribed period, nothing to pay'}`,
    );
  }
  if (s.highCost.applies)
    out.push(`High-cost threshold: excess ${money(s.highCost.excess)} charged in full`);
  if (s.poaItems.length > 0)
    out.push(`Price on application, not in the totals: ${s.poaItems.join('; ')}`);
  out.push('');
  const total = (label: string, value: Range<string>) =>
    out.push(`  ${label.padEnd(36)} ${money(value)}`);
  for (const [key, label] of TOTAL_LABELS)
    if (!isZeroRange(s.totals[key])) total(label, s.totals[key]);
  if (s.totals.customerExVat.expected !== pay.exVat.expected)
    total('Scheme charge (ex VAT)', s.totals.customerExVat);
  total(PAY_LABELS.exVat, pay.exVat);
  total('VAT', pay.vat);
  total(PAY_LABELS.incVat, pay.incVat);
  out.push(...fees(feeRows));
  return out;
}

const COMPARISON_LABELS: Record<EstimateResult['comparison']['rule'], string> = {
  'minimum-only': 'Minimum Scheme only',
  'operator-lower-of':
    'Enhanced Scheme requested by the operator: the customer pays the lower charge',
  'customer-excess-plus-om':
    'Enhanced Scheme requested by the customer: the customer pays it, plus O&M on the excess',
};

export function formatResultTable(result: EstimateResult, title: string): string {
  const out: string[] = [title, `Rules: ${result.ruleSet.label} (${result.ruleSet.citation})`];
  // Partial results: what every figure below leaves out.
  if (result.notCountedNote) out.push(result.notCountedNote);
  out.push('');
  const c = result.comparison;
  out.push(
    ...scheme(
      'Minimum Scheme',
      result.schemes.minimum,
      c.payableByScheme.minimum,
      feeRowsOf(result, 'minimum'),
    ),
  );
  if (result.schemes.enhanced && c.payableByScheme.enhanced) {
    out.push(
      '',
      ...scheme(
        'Enhanced Scheme',
        result.schemes.enhanced,
        c.payableByScheme.enhanced,
        feeRowsOf(result, 'enhanced'),
      ),
    );
  }
  out.push('', COMPARISON_LABELS[c.rule]);
  if (!isZeroRange(c.excessOm))
    out.push(`  ${COMPARISON_FIGURES.excessOm.padEnd(36)} ${money(c.excessOm)}`);
  out.push(`  ${PAY_LABELS.exVat.padEnd(36)} ${money(c.payableExVat)}`);
  out.push(`  ${'VAT'.padEnd(36)} ${money(c.payableVat)}`);
  out.push(`  ${PAY_LABELS.incVat.padEnd(36)} ${money(c.payableIncVat)}`);
  for (const w of result.warnings) out.push(`Warning: ${w.message}`);
  out.push('', 'A budget estimate, not a formal connection offer.');
  // Text from the file (titles, descriptions) may hold ESC, BEL, NUL or bidi controls: each
  // line is printed with them escaped, never raw to the terminal.
  return `${out.map(terminalSafe).join('\n')}\n`;
}
