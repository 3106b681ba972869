/**
 * `{@attach sweepChart(() => sweep, () => selected)}`: draws the capacity sweep with Chart.js,
 * loaded on demand, updates it in place when the sweep or the selected capacity changes, and
 * destroys it with the canvas. Draws nothing where a canvas has no 2D context: the sentence,
 * the list of thresholds and the data table beside it carry the same figures.
 */
import type { Attachment } from 'svelte/attachments';
import type { Chart } from 'chart.js';
import type { CapacitySweep } from '../../compare/capacitySweep';
import { markDrawn } from './chartFontSizes';
import { sweepChartConfig, sweepDatasets, type SweepLook } from './sweepChartConfig';

type Point = { x: number; y: number };

export function sweepChart(
  getSweep: () => CapacitySweep,
  getSelected: () => string | null,
  look: SweepLook = {},
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = canvas.getContext('2d');
    } catch {
      context = null;
    }
    if (!context) return;
    let instance: Chart<'line', Point[]> | null = null;
    let isDestroyed = false;
    // A plain copy: Chart.js mutates and observes what it is given.
    let latest: CapacitySweep | null = null;
    let selected: string | null = null;

    $effect(() => {
      latest = $state.snapshot(getSweep()) as CapacitySweep;
      selected = getSelected();
      if (instance) {
        instance.data.datasets = sweepDatasets(latest, selected);
        instance.options.scales!.x!.title!.text = latest.axisLabel;
        instance.update();
        markDrawn(canvas, instance as unknown as Chart);
      }
    });

    void import('chart.js/auto').then(({ default: ChartJs }) => {
      if (isDestroyed || !latest || !context) return;
      instance = new ChartJs(
        context,
        sweepChartConfig(() => latest!, selected, look),
      ) as Chart<'line', Point[]>;
      markDrawn(canvas, instance as unknown as Chart);
    });

    return () => {
      isDestroyed = true;
      instance?.destroy();
      instance = null;
    };
  };
}
