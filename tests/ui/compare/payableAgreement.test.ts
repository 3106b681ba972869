// @vitest-environment jsdom
/**
 * One source for "what you pay": for every shipped template, the comparison view,
 * presentation mode, the PDF, the CSV, the XLSX and the CLI each show, for each scheme, the
 * figure the engine's comparison holds (comparison.payableByScheme), and they agree.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Decimal from 'decimal.js';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatResultTable } from '../../../src/cli/formatResultTable';
import type { Money, Range } from '../../../src/engine/types';
import { buildEstimateCsv } from '../../../src/export/csv/buildEstimateCsv';
import { buildEstimatePdf } from '../../../src/export/pdf/buildEstimatePdf';
import { buildEstimateSheets } from '../../../src/export/xlsx/buildEstimateSheets';
import CompareView from '../../../src/ui/compare/CompareView.svelte';
import PresentationMode from '../../../src/ui/compare/PresentationMode.svelte';
import {
  compute,
  flatten,
  intlMoney,
  loadStatement,
  readPdf,
  templateFiles,
} from '../../export/fixtures';

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => cleanup());

const preparedOn = '2026-03-05';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const same = (a: string | undefined, b: Money) =>
  a !== undefined && a !== '' && new Decimal(a).equals(b);

describe.each(templateFiles())('what you pay agrees everywhere: $name', ({ name, estimate }) => {
  const statement = loadStatement(estimate.statementId);
  const result = compute(estimate, statement);
  const pays = result.comparison.payableByScheme;
  const schemes = [
    { key: 'minimum' as const, name: 'Minimum Scheme', pay: pays.minimum },
    ...(pays.enhanced && result.schemes.enhanced
      ? [{ key: 'enhanced' as const, name: 'Enhanced Scheme', pay: pays.enhanced }]
      : []),
  ];
  const input = { estimate, statement, result, preparedOn };

  it('comparison view', () => {
    const outcome = { ok: true as const, result };
    render(CompareView, { props: { file: estimate, statement, outcome } });
    for (const s of schemes) {
      for (const scenario of ['low', 'expected', 'high'] as const) {
        expect(screen.getByTestId(`pay-${s.key}-${scenario}`)).toHaveTextContent(
          intlMoney(s.pay.exVat[scenario]),
        );
      }
      expect(screen.getByTestId(`pay-${s.key}-inc-vat`)).toHaveTextContent(
        intlMoney(s.pay.incVat.expected),
      );
    }
  });

  it('presentation mode', async () => {
    const user = userEvent.setup();
    render(PresentationMode, {
      props: { title: name, result, onClose: () => {}, useFullscreen: false },
    });
    const dialog = screen.getByRole('dialog');
    const seen = new Map<string, string>();
    for (let i = 0; i < 12; i++) {
      const slide = within(dialog).getByTestId('slide');
      seen.set(slide.getAttribute('aria-label') ?? '', slide.textContent ?? '');
      await user.keyboard('{ArrowRight}');
    }
    const text = seen.get('What you pay');
    expect(text).toBeDefined();
    for (const s of schemes) {
      expect(text).toContain(`${s.name}: you would pay ${intlMoney(s.pay.exVat.expected)}`);
    }
    // Every slide carries the disclaimer.
    for (const t of within(dialog).getAllByTestId('slide-foot')) {
      expect(t).toHaveTextContent('Budget estimate, not an offer.');
    }
  });

  it('PDF', () => {
    const pdf = buildEstimatePdf(input);
    const text = flatten(readPdf(pdf.bytes, `${name.replace(/\W+/g, '-')}.pdf`).pages.join('\n'));
    for (const s of schemes) {
      const row = [
        'You pay excluding VAT',
        ...['low', 'expected', 'high'].map((k) => intlMoney(s.pay.exVat[k as keyof Range<Money>])),
      ]
        .map(escape)
        .join('\\s+');
      expect(text).toMatch(new RegExp(row));
      expect(text).toContain(intlMoney(s.pay.incVat.expected));
    }
  });

  it('CSV', () => {
    const { data } = Papa.parse<Record<string, string>>(
      buildEstimateCsv(input).text.replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    for (const s of schemes) {
      const row = (d: string) =>
        data.find(
          (r) =>
            r.Section === 'Total' &&
            r.Scheme === result.schemes[s.key]!.name &&
            r.Description === d,
        );
      for (const k of ['low', 'expected', 'high'] as const) {
        expect(same(row('You pay excluding VAT')?.[`You pay ${k} (£)`], s.pay.exVat[k])).toBe(true);
        expect(same(row('You pay including VAT')?.[`You pay ${k} (£)`], s.pay.incVat[k])).toBe(
          true,
        );
      }
    }
  });

  it('XLSX', () => {
    const summary = buildEstimateSheets(input).find((sheet) => sheet.sheet === 'Summary')!;
    for (const s of schemes) {
      const row = summary.data.find(
        (r) =>
          r[0] &&
          'value' in r[0] &&
          r[0].value === `${result.schemes[s.key]!.name}: you pay excluding VAT`,
      );
      expect(row, s.name).toBeDefined();
      const values = row!.slice(2, 5).map((c) => (c && 'value' in c ? c.value : null));
      expect(values).toEqual(
        (['low', 'expected', 'high'] as const).map((k) => Number(s.pay.exVat[k])),
      );
    }
  });

  it('CLI', () => {
    const table = formatResultTable(result, name);
    for (const s of schemes) {
      const section = table.slice(table.indexOf(`${s.name}: `));
      expect(section).toMatch(
        new RegExp(`You pay \\(ex VAT\\)\\s+${escape(intlMoney(s.pay.exVat.expected))}`),
      );
      expect(section).toMatch(
        new RegExp(`You pay \\(inc VAT\\)\\s+${escape(intlMoney(s.pay.incVat.expected))}`),
      );
    }
  });
});
