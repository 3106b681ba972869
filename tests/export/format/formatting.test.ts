import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateFileName } from '../../../src/export/estimateFileName';
import { formatIsoDate } from '../../../src/export/format/formatIsoDate';
import { formatMoney, plainMoney } from '../../../src/export/format/formatMoney';
import { sanitizePdfText } from '../../../src/export/format/sanitizePdfText';
import { intlMoney } from '../fixtures';

describe('formatMoney', () => {
  it('matches en-GB Intl currency formatting for any amount in pence', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (pence) => {
        const sign = pence < 0n ? '-' : '';
        const abs = pence < 0n ? -pence : pence;
        const amount = `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        expect(formatMoney(amount)).toBe(intlMoney(amount));
      }),
    );
  });

  it('rounds to pence half-up and prints only characters jsPDF can draw', () => {
    expect(formatMoney('1234.565')).toBe('£1,234.57');
    expect(formatMoney('0')).toBe('£0.00');
    expect(plainMoney('12.5')).toBe('12.50');
    expect(sanitizePdfText(formatMoney('-1000000'))).toBe('-£1,000,000.00');
  });
});

describe('sanitizePdfText', () => {
  it('replaces the characters the built-in fonts cannot print (Windows-1252 only)', () => {
    expect(sanitizePdfText('£1\u202f000 \u2212 5\u00a0kVA')).toBe('£1 000 - 5 kVA');
    expect(sanitizePdfText('a ≤ b ≥ c')).toBe('a <= b >= c');
    // ŷ decomposes to y; ó is Latin-1 and stays; Ł has no decomposition.
    expect(sanitizePdfText('Tŷ Gwŷn, Łódź')).toBe('Ty Gwyn, ?ódz');
    expect(sanitizePdfText('数')).toBe('?');
  });

  it('keeps Windows-1252 text as it is', () => {
    const text = 'Budget estimate — not an offer – £5 § 4.30 × “q” ‘s’ • é';
    expect(sanitizePdfText(text)).toBe(text);
  });

  it('always yields printable Windows-1252 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const ch of sanitizePdfText(s)) {
          const code = ch.codePointAt(0)!;
          const ok =
            ch === '\n' ||
            (code >= 0x20 && code <= 0x7e) ||
            (code >= 0xa1 && code <= 0xff) ||
            '€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.includes(ch);
          expect(ok, `U+${code.toString(16)}`).toBe(true);
        }
      }),
    );
  });
});

describe('estimateFileName', () => {
  it('builds the name from the reference', () => {
    expect(estimateFileName('EST-2026-0001', 'pdf')).toBe('EST-2026-0001-budget-estimate.pdf');
    expect(estimateFileName('EST-2026-0001', 'csv')).toBe('EST-2026-0001-budget-estimate.csv');
  });
  it('replaces characters file systems reject and survives an empty reference', () => {
    expect(estimateFileName(' Smith/Jones: plot 4 ', 'pdf')).toBe(
      'Smith-Jones-plot-4-budget-estimate.pdf',
    );
    expect(estimateFileName('///', 'pdf')).toBe('estimate-budget-estimate.pdf');
  });
});

describe('formatIsoDate', () => {
  it('prints the day without time-zone shifts', () => {
    expect(formatIsoDate('2025-11-23')).toBe('23 November 2025');
    expect(formatIsoDate('2026-01-01')).toBe('1 January 2026');
    expect(formatIsoDate('not a date')).toBe('not a date');
  });
});
