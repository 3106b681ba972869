/**
 * The capacity sweep as a Chart.js line chart: what you pay against the requested capacity on
 * a linear axis, today's request and the selected capacity as points of their own, and each
 * threshold as a numbered dashed vertical line (the list beside the chart says what each
 * number is). Types only from Chart.js; the library is loaded on demand by the attachment.
 */
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { CapacitySweep } from '../../compare/capacitySweep';
import { chartNumber } from '../../charts/chartNumber';
import { formatMoney } from '../../format/money';

const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

type Point = { x: number; y: number };
export type SweepChartConfig = ChartConfiguration<'line', Point[]>;

export interface SweepLook {
  /** Text size in CSS pixels: larger in presentation mode. */
  fontSize?: number;
}

/** True when low, expected and high differ somewhere: then the low and high lines are drawn. */
export function isRanged(sweep: CapacitySweep): boolean {
  return sweep.points.some((p) => p.payable && p.payable.low !== p.payable.high);
}

export function sweepDatasets(
  sweep: CapacitySweep,
  selectedKva: string | null,
): ChartDataset<'line', Point[]>[] {
  const line = (scenario: 'low' | 'expected' | 'high'): Point[] =>
    sweep.points
      .filter((p) => p.payable)
      .map((p) => ({ x: Number(p.value), y: chartNumber(p.payable![scenario]) }));
  const sets: ChartDataset<'line', Point[]>[] = [
    {
      label: 'What you pay (expected prices)',
      data: line('expected'),
      borderColor: '#0072b2',
      backgroundColor: '#0072b2',
      borderWidth: 3,
      pointRadius: 0,
      pointHitRadius: 8,
      tension: 0,
    },
  ];
  if (isRanged(sweep)) {
    for (const s of ['low', 'high'] as const)
      sets.push({
        label: s === 'low' ? 'Low prices' : 'High prices',
        data: line(s),
        borderColor: '#5f5f5f',
        backgroundColor: '#5f5f5f',
        borderDash: s === 'low' ? [6, 4] : [2, 3],
        borderWidth: 2,
        pointRadius: 0,
        pointHitRadius: 6,
        tension: 0,
      });
  }
  const today = sweep.today;
  if (today.payable)
    sets.push({
      label: 'Today’s request',
      data: [{ x: Number(today.value), y: chartNumber(today.payable.expected) }],
      borderColor: '#1a1a1a',
      backgroundColor: '#e69f00',
      pointStyle: 'rectRot',
      pointRadius: 9,
      pointHoverRadius: 11,
      showLine: false,
    });
  const selected = selectedKva ? sweep.points.find((p) => p.kva === selectedKva) : null;
  if (selected?.payable && selected.kva !== today.kva)
    sets.push({
      label: 'Selected',
      data: [{ x: Number(selected.value), y: chartNumber(selected.payable.expected) }],
      borderColor: '#1a1a1a',
      backgroundColor: '#009e73',
      pointStyle: 'circle',
      pointRadius: 8,
      pointHoverRadius: 10,
      showLine: false,
    });
  return sets;
}

/** Draws each threshold as a dashed vertical line with its number in a box at the top. */
function markerPlugin(getSweep: () => CapacitySweep, fontSize: number): Plugin<'line'> {
  return {
    id: 'sweepMarkers',
    afterDatasetsDraw(chart) {
      const sweep = getSweep();
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      ctx.save();
      ctx.font = `600 ${fontSize}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      sweep.markers.forEach((m, i) => {
        const px = x.getPixelForValue(Number(m.value));
        if (px < chartArea.left || px > chartArea.right) return;
        ctx.strokeStyle = '#d55e00';
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        const label = String(i + 1);
        const w = ctx.measureText(label).width + fontSize * 0.6;
        const h = fontSize * 1.4;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(px - w / 2, chartArea.top, w, h);
        ctx.strokeRect(px - w / 2, chartArea.top, w, h);
        ctx.fillStyle = '#1a1a1a';
        ctx.fillText(label, px, chartArea.top + h / 2);
      });
      ctx.restore();
    },
  };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function sweepChartConfig(
  getSweep: () => CapacitySweep,
  selectedKva: string | null,
  look: SweepLook = {},
): SweepChartConfig {
  const size = look.fontSize ?? 12;
  const font = { size };
  const sweep = getSweep();
  const unit = sweep.unit;
  return {
    type: 'line',
    data: { datasets: sweepDatasets(sweep, selectedKva) },
    plugins: [markerPlugin(getSweep, size)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 200 },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          title: { display: true, text: sweep.axisLabel, color: '#333333', font },
          ticks: {
            color: '#333333',
            font,
            callback: (v: string | number) => `${plainNumber.format(Number(v))} ${unit}`,
          },
        },
        y: {
          beginAtZero: true,
          title: { display: true, text: 'What you pay, £ excluding VAT', color: '#333333', font },
          ticks: {
            color: '#333333',
            font,
            callback: (v: string | number) => formatMoney(Number(v), { wholePounds: true }),
          },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1a1a1a', font } },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: {
            title: (items) =>
              items[0] ? `${plainNumber.format(items[0].parsed.x ?? 0)} ${unit}` : '',
            label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(Number(item.parsed.y))}`,
          },
        },
      },
    },
  };
}
