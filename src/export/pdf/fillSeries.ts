/**
 * A bar or key swatch filled as the app's charts fill it: the series colour, its pattern
 * drawn over it (the same marks as the app's canvas tiles, src/charts/patternMarks.ts) and
 * its border, dashed where the style says so, so no series is told apart by colour alone.
 */
import type { jsPDF } from 'jspdf';
import type { SeriesStyle } from '../../charts/chartTypes';
import { hexToRgb, PATTERN_MARKS, patternInkOver } from '../../charts/patternMarks';

/** The side of one pattern tile, in millimetres (the app's tile is 10 CSS pixels). */
export const PDF_TILE = 2.6;
/** A dash of the app's border (in CSS pixels) in millimetres. */
const DASH_MM = 0.25;

export function fillSeries(
  doc: jsPDF,
  x: number,
  y: number,
  w: number,
  h: number,
  style: SeriesStyle,
): void {
  if (w <= 0 || h <= 0) return;
  doc.setFillColor(...hexToRgb(style.color));
  doc.rect(x, y, w, h, 'F');
  const marks = PATTERN_MARKS[style.pattern];
  if (marks.paths.length > 0 || marks.dots.length > 0) {
    const ink = patternInkOver(style.color);
    doc.saveGraphicsState();
    // Marks stop at the bar's edge, as a repeated canvas pattern does.
    doc.rect(x, y, w, h, null);
    doc.clip();
    doc.discardPath();
    doc.setDrawColor(...ink);
    doc.setFillColor(...ink);
    doc.setLineWidth(0.3);
    for (let ty = y; ty < y + h; ty += PDF_TILE) {
      for (let tx = x; tx < x + w; tx += PDF_TILE) {
        for (const path of marks.paths) {
          for (let i = 1; i < path.length; i++) {
            const [x1, y1] = path[i - 1]!;
            const [x2, y2] = path[i]!;
            doc.line(
              tx + x1 * PDF_TILE,
              ty + y1 * PDF_TILE,
              tx + x2 * PDF_TILE,
              ty + y2 * PDF_TILE,
            );
          }
        }
        for (const [cx, cy, r] of marks.dots) {
          doc.circle(tx + cx * PDF_TILE, ty + cy * PDF_TILE, r * PDF_TILE, 'F');
        }
      }
    }
    doc.restoreGraphicsState();
  }
  doc.setDrawColor(...hexToRgb(style.borderColor));
  doc.setLineWidth(0.2);
  doc.setLineDashPattern(
    style.borderDash.map((d) => d * DASH_MM),
    0,
  );
  doc.rect(x, y, w, h, 'S');
  doc.setLineDashPattern([], 0);
}
