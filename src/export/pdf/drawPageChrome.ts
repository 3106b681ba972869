import { GState, type jsPDF } from 'jspdf';
import { sanitizePdfText } from '../format/sanitizePdfText';
import { NON_BINDING_HEADER, WATERMARK } from '../estimateNotes';
import { ACCENT, INK, LAYOUT } from './PdfWriter';

/**
 * Draw the header, footer and watermark on every page once the content is laid out, so
 * "Page X of Y" knows Y. The watermark is drawn last at low opacity (a GState), so it
 * lies lightly over the content without hiding it.
 */
export function drawPageChrome(doc: jsPDF, footerLeft: string): void {
  const pageCount = doc.getNumberOfPages();
  const { pageWidth, pageHeight, left, right } = LAYOUT;
  const angleDeg = (Math.atan(pageHeight / pageWidth) * 180) / Math.PI;
  const angle = (angleDeg * Math.PI) / 180;
  for (let page = 1; page <= pageCount; page++) {
    doc.setPage(page);

    doc.setFont('helvetica', 'bold');
    doc.setFontSize(9);
    doc.setTextColor(...ACCENT);
    doc.text(sanitizePdfText(NON_BINDING_HEADER), pageWidth / 2, 11, { align: 'center' });
    doc.setDrawColor(...ACCENT);
    doc.setLineWidth(0.3);
    doc.line(left, 14, pageWidth - right, 14);

    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    doc.line(left, pageHeight - 14, pageWidth - right, pageHeight - 14);
    doc.text(sanitizePdfText(footerLeft), left, pageHeight - 9);
    doc.text(`Page ${page} of ${pageCount}`, pageWidth - right, pageHeight - 9, {
      align: 'right',
    });

    doc.saveGraphicsState();
    doc.setGState(new GState({ opacity: 0.09 }));
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(46);
    doc.setTextColor(120, 120, 120);
    const text = sanitizePdfText(WATERMARK);
    const half = doc.getTextWidth(text) / 2;
    // Centre the rotated baseline on the page: jsPDF rotates about the text's start point.
    const x = pageWidth / 2 - half * Math.cos(angle);
    const y = pageHeight / 2 + half * Math.sin(angle);
    doc.text(text, x, y, { angle: angleDeg });
    doc.restoreGraphicsState();
    doc.setTextColor(...INK);
  }
}
