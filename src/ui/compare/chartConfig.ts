/**
 * Turns a pure ChartData into a Chart.js configuration: fills with a colour-and-pattern so
 * no series relies on colour alone, en-GB £ ticks and tooltips, stacking for stacked bars,
 * and no animation when the user prefers reduced motion. Types only from Chart.js: the
 * library itself is loaded on demand by the chart attachment.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartData, SeriesStyle } from '../../charts/chartTypes';
import { formatMoney } from '../../format/money';
import { PATTERN_MARKS, patternInk } from '../../charts/patternMarks';

const TILE = 10;

/**
 * A small tile of the series colour with its pattern drawn over it (the marks the PDF's
 * charts draw too, charts/patternMarks.ts); the colour alone if that fails.
 */
export function seriesFill(style: SeriesStyle): CanvasPattern | string {
  if (style.pattern === 'solid' || typeof document === 'undefined') return style.color;
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const g = tile.getContext('2d');
  if (!g) return style.color;
  g.fillStyle = style.color;
  g.fillRect(0, 0, TILE, TILE);
  const { rgb, alpha } = patternInk(style.color);
  g.strokeStyle = `rgba(${rgb.join(',')},${alpha})`;
  g.fillStyle = g.strokeStyle;
  g.lineWidth = 1.5;
  g.beginPath();
  const marks = PATTERN_MARKS[style.pattern];
  for (const path of marks.paths) {
    path.forEach(([x, y], i) =>
      i === 0 ? g.moveTo(x * TILE, y * TILE) : g.lineTo(x * TILE, y * TILE),
    );
  }
  for (const [x, y, r] of marks.dots) {
    g.arc(x * TILE, y * TILE, r * TILE, 0, Math.PI * 2);
    g.fill();
  }
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? style.color;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Long category labels wrap onto lines (Chart.js takes an array per label) rather than being cut off. */
export function wrapLabel(label: string, width = 26): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function chartLabels(data: ChartData): (string | string[])[] {
  return data.labels.map((l) => wrapLabel(l));
}

export function chartDatasets(data: ChartData): ChartDataset<'bar', number[]>[] {
  return data.datasets.map((d) => ({
    label: d.label,
    data: [...d.data],
    backgroundColor: seriesFill(d.style),
    borderColor: d.style.borderColor,
    borderWidth: 1,
  }));
}

export interface ChartLook {
  /** Text size in CSS pixels: larger in presentation mode. */
  fontSize?: number;
}

export function chartConfig(
  data: ChartData,
  look: ChartLook = {},
): ChartConfiguration<'bar', number[], string | string[]> {
  const font = { size: look.fontSize ?? 12 };
  const isStacked = data.kind === 'stacked-bar';
  const valueAxis = data.indexAxis === 'y' ? 'x' : 'y';
  const categoryAxis = data.indexAxis;
  return {
    type: 'bar',
    data: { labels: chartLabels(data), datasets: chartDatasets(data) },
    options: {
      indexAxis: data.indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 250 },
      scales: {
        [categoryAxis]: { stacked: isStacked, ticks: { color: '#333333', font } },
        [valueAxis]: {
          stacked: isStacked,
          beginAtZero: true,
          title: { display: true, text: data.valueAxisLabel, color: '#333333', font },
          ticks: {
            color: '#333333',
            font,
            callback: (value: string | number) => formatMoney(Number(value), { wholePounds: true }),
          },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1a1a1a', font } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(Number(item.raw))}`,
          },
        },
      },
    },
  };
}
