/**
 * Turns a pure ChartData into a Chart.js configuration: fills with a colour-and-pattern so
 * no series relies on colour alone, en-GB £ ticks and tooltips, stacking for stacked bars,
 * and no animation when the user prefers reduced motion. Types only from Chart.js: the
 * library itself is loaded on demand by the chart attachment.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ChartData, SeriesStyle } from '../../charts/chartTypes';
import { formatMoney } from '../../format/money';

const TILE = 10;

/** A small tile of the series colour with its pattern drawn over it; the colour alone if that fails. */
export function seriesFill(style: SeriesStyle): CanvasPattern | string {
  if (style.pattern === 'solid' || typeof document === 'undefined') return style.color;
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const g = tile.getContext('2d');
  if (!g) return style.color;
  g.fillStyle = style.color;
  g.fillRect(0, 0, TILE, TILE);
  // Dark strokes on light colours, light strokes on dark ones, so the pattern stays visible.
  g.strokeStyle = isLight(style.color) ? 'rgba(0,0,0,0.55)' : 'rgba(255,255,255,0.75)';
  g.fillStyle = g.strokeStyle;
  g.lineWidth = 1.5;
  g.beginPath();
  switch (style.pattern) {
    case 'diagonal':
      g.moveTo(0, TILE);
      g.lineTo(TILE, 0);
      break;
    case 'diagonal-left':
      g.moveTo(0, 0);
      g.lineTo(TILE, TILE);
      break;
    case 'cross':
      g.moveTo(0, 0);
      g.lineTo(TILE, TILE);
      g.moveTo(0, TILE);
      g.lineTo(TILE, 0);
      break;
    case 'horizontal':
      g.moveTo(0, TILE / 2);
      g.lineTo(TILE, TILE / 2);
      break;
    case 'vertical':
      g.moveTo(TILE / 2, 0);
      g.lineTo(TILE / 2, TILE);
      break;
    case 'grid':
      g.moveTo(0, TILE / 2);
      g.lineTo(TILE, TILE / 2);
      g.moveTo(TILE / 2, 0);
      g.lineTo(TILE / 2, TILE);
      break;
    case 'zigzag':
      g.moveTo(0, TILE * 0.7);
      g.lineTo(TILE / 2, TILE * 0.3);
      g.lineTo(TILE, TILE * 0.7);
      break;
    case 'dots':
      g.arc(TILE / 2, TILE / 2, 1.6, 0, Math.PI * 2);
      g.fill();
      break;
  }
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? style.color;
}

function isLight(hex: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return true;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
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
