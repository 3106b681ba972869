import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { sanitizePdfText } from '../format/sanitizePdfText';
import { useFastTextMetrics } from './fastTextMetrics';

/** Page geometry in millimetres (A4 portrait). Margins leave room for the header and footer. */
export const LAYOUT = {
  pageWidth: 210,
  pageHeight: 297,
  left: 15,
  right: 15,
  top: 22,
  bottom: 20,
} as const;

export const CONTENT_WIDTH = LAYOUT.pageWidth - LAYOUT.left - LAYOUT.right;

/** Dark text colours with at least 7:1 contrast on white. */
export const INK: [number, number, number] = [33, 33, 33];
export const ACCENT: [number, number, number] = [20, 61, 107];

const LINE_HEIGHT_FACTOR = 1.25;
const PT_TO_MM = 25.4 / 72;

/**
 * Flows text and tables down the pages, keeping the current position, and sanitises every
 * string it draws (the built-in fonts encode Windows-1252 only).
 */
export class PdfWriter {
  y: number = LAYOUT.top;

  /** Tighter tables, used to pull a near-empty last page back onto the one before. */
  constructor(
    readonly doc: jsPDF,
    readonly isCompact = false,
  ) {
    useFastTextMetrics(doc);
  }

  /** Start a new page unless `height` millimetres still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > LAYOUT.pageHeight - LAYOUT.bottom) {
      this.doc.addPage();
      this.y = LAYOUT.top;
    }
  }

  gap(mm: number): void {
    this.y += mm;
  }

  lineHeight(fontSize: number): number {
    return fontSize * PT_TO_MM * LINE_HEIGHT_FACTOR;
  }

  heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 16 : level === 2 ? 13 : 10.5;
    this.ensure(this.lineHeight(size) + 14);
    this.gap(level === 1 ? 0 : 3);
    this.doc.setFont('helvetica', 'bold');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...ACCENT);
    this.y += this.lineHeight(size) * 0.8;
    this.doc.text(sanitizePdfText(text), LAYOUT.left, this.y);
    this.y += this.lineHeight(size) * 0.45;
    this.doc.setTextColor(...INK);
  }

  paragraph(
    text: string,
    options: {
      size?: number;
      bold?: boolean;
      indent?: number;
      color?: [number, number, number];
    } = {},
  ): void {
    const size = options.size ?? 9;
    const indent = options.indent ?? 0;
    this.doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(options.color ?? INK));
    const lines = this.doc.splitTextToSize(
      sanitizePdfText(text),
      CONTENT_WIDTH - indent,
    ) as string[];
    const lh = this.lineHeight(size);
    for (const line of lines) {
      this.ensure(lh);
      this.y += lh;
      this.doc.text(line, LAYOUT.left + indent, this.y - lh * 0.25);
    }
    this.doc.setTextColor(...INK);
    this.gap(1.2);
  }

  /** A table that may run over pages; cell text is sanitised after parsing. */
  table(options: UserOptions): void {
    const userDidParse = options.didParseCell;
    autoTable(this.doc, {
      theme: 'grid',
      styles: {
        font: 'helvetica',
        fontSize: 8,
        cellPadding: 1.4,
        textColor: INK,
        lineColor: [190, 190, 190],
        lineWidth: 0.1,
        overflow: 'linebreak',
      },
      headStyles: { fillColor: [226, 233, 242], textColor: INK, fontStyle: 'bold' },
      ...options,
      startY: this.y + 1,
      margin: { left: LAYOUT.left, right: LAYOUT.right, top: LAYOUT.top, bottom: LAYOUT.bottom },
      didParseCell: (data) => {
        data.cell.text = data.cell.text.map(sanitizePdfText);
        userDidParse?.(data);
      },
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 3;
  }

  /** Two columns of label and value, no grid. */
  keyValues(rows: [string, string][]): void {
    this.table({
      theme: 'plain',
      body: rows,
      styles: {
        font: 'helvetica',
        fontSize: this.isCompact ? 8 : 8.5,
        cellPadding: this.isCompact ? 0.5 : 0.9,
        textColor: INK,
      },
      columnStyles: { 0: { fontStyle: 'bold', cellWidth: 48 } },
    });
  }
}
