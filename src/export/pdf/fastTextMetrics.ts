import type { jsPDF } from 'jspdf';

/**
 * Makes one jsPDF document measure and draw text faster, with the same result, for text that
 * has been through sanitizePdfText (Windows-1252 only, as the built-in fonts need). A table
 * of thousands of lines measures every cell two or three times (autoTable's widths, its line
 * breaking, right alignment), and most of that time went on work this text does not need:
 *
 * - jsPDF runs every string through its Arabic shaper before measuring or drawing it. The
 *   shaper changes only Arabic letters (U+0600 onwards), which Windows-1252 has none of, so
 *   for this text it returns the string unchanged. This document no longer subscribes it.
 * - A string's width is worked out the way jsPDF does (each character's width plus kerning,
 *   added in order, so the sum is the same number), without building an array of widths,
 *   and kept for the next time: autoTable measures every word of every cell, and words
 *   such as "service" or "£1,450.00" come back thousands of times.
 * - The list of fonts, rebuilt as a new object on every call (autoTable asks for it for
 *   every cell), is built once: these documents add no fonts.
 */
export function useFastTextMetrics(doc: jsPDF): void {
  const api = doc as unknown as JsPdfInternals;
  const arabic = api.processArabic;
  const topics = api.internal.events.getTopics();
  const preProcess = topics.preProcessText ?? {};
  for (const [token, [callback]] of Object.entries(preProcess)) {
    if (callback === arabic) delete preProcess[token];
  }

  // For these fonts the width in units of the font size depends on the font and the text only.
  const widthsByFont = new Map<object, Map<string, number>>();
  const measure = api.getStringUnitWidth.bind(doc);
  api.getStringUnitWidth = (text: string, options?: unknown) => {
    const font = api.internal.getFont();
    const unicode = font.metadata.Unicode;
    // Other callers (options, fonts with their own metrics) keep jsPDF's own measure.
    if (
      options !== undefined ||
      typeof text !== 'string' ||
      !unicode ||
      font.metadata.widthOfString
    )
      return measure(text, options);
    let widths = widthsByFont.get(font);
    if (!widths) widthsByFont.set(font, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      width = unitWidth(text, unicode.widths, unicode.kerning);
      widths.set(text, width);
    }
    return width;
  };

  const fontList = api.getFontList();
  api.getFontList = () => fontList;
}

/** jsPDF's getCharWidthsArray summed as its getStringUnitWidth sums it, without the array. */
function unitWidth(text: string, widths: FontWidths, kerning: FontKerning): number {
  const widthsFractionOf = widths.fof || 1;
  const kerningFractionOf = kerning.fof || 1;
  const defaultWidth = widths[0] || widthsFractionOf;
  let sum = 0;
  let prior = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pairs = kerning[code];
    let kern = 0;
    if (typeof pairs === 'object') {
      const pair = pairs[prior];
      // jsPDF's test, !isNaN(parseInt(pair, 10)), is Number.isFinite for a number.
      if (
        typeof pair === 'number' ? Number.isFinite(pair) : !Number.isNaN(parseInt(String(pair), 10))
      )
        kern = (pair as number) / kerningFractionOf;
    }
    sum += (widths[code] || defaultWidth) / widthsFractionOf + kern;
    prior = code;
  }
  return sum;
}

type FontWidths = Record<number, number> & { fof?: number };
type FontKerning = Record<number, Record<number, number> | number | undefined> & { fof?: number };

/** The parts of jsPDF's document this file reaches into, which its typings leave out. */
interface JsPdfInternals {
  processArabic?: unknown;
  getStringUnitWidth(text: string, options?: unknown): number;
  getFontList(): Record<string, string[]>;
  internal: {
    events: { getTopics(): Record<string, Record<string, [unknown, boolean]>> };
    getFont(): {
      metadata: {
        Unicode?: { widths: FontWidths; kerning: FontKerning };
        widthOfString?: unknown;
      };
    };
    getFontSize(): number;
    getCharSpace(): number;
  };
}
