/**
 * A real jsPDF document whose colour, rectangle and text calls are recorded in order, for
 * tests that check what the PDF draws (colours, order, keys) rather than its text alone.
 */
import { jsPDF } from 'jspdf';
import { PdfWriter } from '../../../src/export/pdf/PdfWriter';

export type Rgb = [number, number, number];
export type Call =
  | { op: 'fill'; rgb: Rgb }
  | { op: 'draw'; rgb: Rgb }
  | { op: 'dash'; dash: number[] }
  | { op: 'rect'; style: string | null | undefined; w: number }
  | { op: 'text'; text: string };

/** A real jsPDF document whose colour, rectangle and text calls are recorded in order. */
export function recordingWriter(): { writer: PdfWriter; calls: Call[] } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const calls: Call[] = [];
  const wrap = <K extends keyof jsPDF>(name: K, record: (...args: never[]) => Call | null) => {
    const original = (doc[name] as (...a: unknown[]) => unknown).bind(doc);
    (doc as unknown as Record<string, unknown>)[name] = (...args: never[]) => {
      const call = record(...args);
      if (call) calls.push(call);
      return original(...args);
    };
  };
  wrap('setFillColor', (r: number, g: number, b: number) => ({ op: 'fill', rgb: [r, g, b] }));
  wrap('setDrawColor', (r: number, g: number, b: number) => ({ op: 'draw', rgb: [r, g, b] }));
  wrap('setLineDashPattern', (dash: number[]) => ({ op: 'dash', dash: [...dash] }));
  wrap('rect', (_x: number, _y: number, w: number, _h: number, style?: string | null) => ({
    op: 'rect',
    style,
    w,
  }));
  wrap('text', (text: string | string[]) => ({
    op: 'text',
    text: Array.isArray(text) ? text.join(' ') : text,
  }));
  return { writer: new PdfWriter(doc), calls };
}

/** The colour of every filled rectangle (bars, then key swatches), in drawing order. */
export function fills(calls: Call[]): Rgb[] {
  const out: Rgb[] = [];
  let fill: Rgb | null = null;
  for (const call of calls) {
    if (call.op === 'fill') fill = call.rgb;
    if (call.op === 'rect' && call.style === 'F') out.push(fill!);
  }
  return out;
}

/** Each filled rectangle's colour with the first text drawn after it (a key's label). */
export function keyEntries(calls: Call[]): { rgb: Rgb; text: string }[] {
  const out: { rgb: Rgb; text: string }[] = [];
  let fill: Rgb | null = null;
  calls.forEach((call, i) => {
    if (call.op === 'fill') fill = call.rgb;
    if (call.op !== 'rect' || call.style !== 'F') return;
    const next = calls
      .slice(i + 1)
      .find((c) => c.op === 'text' || (c.op === 'rect' && c.style === 'F'));
    if (next?.op === 'text') out.push({ rgb: fill!, text: next.text });
  });
  return out;
}
