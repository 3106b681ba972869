import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { sanitizePdfText } from '../../../src/export/format/sanitizePdfText';
import { useFastTextMetrics } from '../../../src/export/pdf/fastTextMetrics';

const newDoc = () => {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  // A fixed date and file id, so two documents with the same drawing are the same bytes.
  doc.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  doc.setFileId('00000000000000000000000000000000');
  return doc;
};

const FONTS = [
  ['helvetica', 'normal'],
  ['helvetica', 'bold'],
  ['times', 'italic'],
  ['courier', 'normal'],
] as const;

/** Any text the PDF draws: anything at all, after sanitizePdfText. */
const pdfText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(...'£€–—“”‘’•§×é\n  ŷ数'),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 60,
  })
  .map(sanitizePdfText);

describe('useFastTextMetrics', () => {
  it("measures every sanitised string as jsPDF's own measure does, to the last bit", () => {
    const fast = newDoc();
    useFastTextMetrics(fast);
    const plain = newDoc();
    fc.assert(
      fc.property(
        pdfText,
        fc.constantFrom(...FONTS),
        fc.constantFrom(7, 8.5, 16),
        (text, [font, style], size) => {
          for (const doc of [fast, plain]) doc.setFont(font, style).setFontSize(size);
          expect(fast.getStringUnitWidth(text)).toBe(plain.getStringUnitWidth(text));
          expect(fast.getTextWidth(text)).toBe(plain.getTextWidth(text));
          // A second time (kept from the first) is the same number.
          expect(fast.getStringUnitWidth(text)).toBe(plain.getStringUnitWidth(text));
          expect(fast.splitTextToSize(text, 40)).toEqual(plain.splitTextToSize(text, 40));
        },
      ),
    );
  });

  it('draws the same page, byte for byte, as a document without it', () => {
    fc.assert(
      fc.property(fc.array(pdfText, { minLength: 1, maxLength: 8 }), (texts) => {
        const draw = (doc: jsPDF) => {
          texts.forEach((text, i) => {
            doc.setFont('helvetica', i % 2 ? 'bold' : 'normal').setFontSize(8);
            doc.text(text, 20, 20 + i * 10);
            doc.text(text.split('\n'), 190, 30 + i * 10, { align: 'right' });
          });
          return doc.output();
        };
        const fast = newDoc();
        useFastTextMetrics(fast);
        expect(draw(fast)).toBe(draw(newDoc()));
      }),
    );
  });

  it("no longer runs this document's text through the Arabic shaper, and leaves other documents alone", () => {
    const subscribed = (doc: jsPDF) =>
      Object.values(
        (
          doc.internal.events as unknown as {
            getTopics(): Record<string, Record<string, [unknown]>>;
          }
        ).getTopics().preProcessText ?? {},
      ).some(([callback]) => callback === (jsPDF.API as { processArabic?: unknown }).processArabic);
    const fast = newDoc();
    useFastTextMetrics(fast);
    expect(subscribed(fast)).toBe(false);
    expect(subscribed(newDoc())).toBe(true);
  });
});
