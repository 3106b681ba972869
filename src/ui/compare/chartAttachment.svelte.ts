/**
 * `{@attach chart(() => data)}`: creates a Chart.js chart on a canvas, loading Chart.js on
 * demand, updates it in place whenever the data changes, and destroys it when the canvas
 * goes. Where a canvas has no 2D context (jsdom, some locked-down browsers) nothing is drawn:
 * the text summary and data table beside every chart carry the same information.
 */
import type { Attachment } from 'svelte/attachments';
import type { Chart } from 'chart.js';
import type { ChartData } from '../../charts/chartTypes';
import { chartConfig, chartDatasets, chartLabels, type ChartLook } from './chartConfig';
import { markDrawn } from './chartFontSizes';

export function chart(
  getData: () => ChartData,
  look: ChartLook = {},
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = canvas.getContext('2d');
    } catch {
      context = null;
    }
    if (!context) return;
    let instance: Chart<'bar', number[], string | string[]> | null = null;
    let isDestroyed = false;
    let latest: ChartData | null = null;

    $effect(() => {
      // A plain copy: Chart.js mutates and observes what it is given.
      const data = $state.snapshot(getData()) as ChartData;
      latest = data;
      if (instance) {
        instance.data.labels = chartLabels(data);
        instance.data.datasets = chartDatasets(data);
        instance.update();
        markDrawn(canvas, instance);
      }
    });

    void import('chart.js/auto').then(({ default: ChartJs }) => {
      if (isDestroyed || !latest || !context) return;
      instance = new ChartJs(context, chartConfig(latest, look)) as Chart<
        'bar',
        number[],
        string | string[]
      >;
      markDrawn(canvas, instance);
    });

    return () => {
      isDestroyed = true;
      instance?.destroy();
      instance = null;
    };
  };
}
