/**
 * What Chart.js actually drew with: the smallest resolved font size of the axis ticks, axis
 * titles and legend, written on the canvas (`data-min-font-px`) together with the number of
 * drawn series that are all zero (`data-zero-series`). Presentation mode promises chart text of
 * at least 18 px and no empty categories; the end-to-end test reads these, so the promise is
 * measured on the chart Chart.js built, not on the options we meant to give it.
 */
import type { Chart } from 'chart.js';

interface FontLike {
  size?: number | string;
}

function size(font: unknown): number | null {
  const s = (font as FontLike | undefined)?.size;
  const n = typeof s === 'string' ? parseFloat(s) : s;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function minFontSize(chart: Chart): number | null {
  const sizes: (number | null)[] = [];
  for (const scale of Object.values(chart.scales)) {
    const o = scale.options as unknown as {
      display?: boolean;
      ticks?: { display?: boolean; font?: unknown };
      title?: { display?: boolean; font?: unknown };
    };
    if (o.display === false) continue;
    if (o.ticks?.display !== false) sizes.push(size(o.ticks?.font));
    if (o.title?.display) sizes.push(size(o.title.font));
  }
  const legend = chart.options.plugins?.legend;
  if (legend && legend.display !== false) sizes.push(size(legend.labels?.font));
  const known = sizes.filter((s): s is number => s !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

/** Marks the canvas with what was drawn (see above). */
export function markDrawn(canvas: HTMLCanvasElement, chart: Chart): void {
  const min = minFontSize(chart);
  canvas.dataset.minFontPx = min === null ? '' : String(min);
  const zero = chart.data.datasets.filter(
    (d, i) =>
      chart.isDatasetVisible(i) &&
      (d.data as unknown[]).every((v) => v === 0 || v === null || v === undefined),
  ).length;
  canvas.dataset.zeroSeries = String(zero);
}
