// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeEstimate } from '../../../src/engine';
import CapacitySweep from '../../../src/ui/compare/CapacitySweep.svelte';
import CompareView from '../../../src/ui/compare/CompareView.svelte';
import { fileOf, iprStatement, operatorCostsMore } from '../../compare/fixtures';

// jsdom has no canvas 2D context: the sentence, the list of thresholds and the table carry it.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => cleanup());

describe('CapacitySweep', () => {
  it('answers "10 % less", lists the thresholds and follows the slider', async () => {
    // Minimum: £10,000 on a 500 kVA section (CAF 100 % at 500 kVA, outside 25–200 kVA).
    const inputs = operatorCostsMore();
    inputs.schemes.minimum.rsns[0]!.capacity = { method: 'direct', newNetworkCapacityKva: '150' };
    render(CapacitySweep, {
      props: {
        file: fileOf(inputs),
        rules: iprStatement.rules,
        parameters: iprStatement.parameters,
      },
    });
    const region = screen.getByRole('region', {
      name: 'What if you asked for more or less capacity?',
    });
    // Worked out in the background (in the page here: jsdom has no workers), said meanwhile.
    expect(region).toHaveTextContent('Working out the charge at other capacities…');
    expect(await within(region).findByTestId('sweep-ten-percent')).toHaveTextContent(
      /^Asking for 10 % less \(90 kVA instead of 100 kVA\), you would pay £/,
    );
    const list = within(region).getByRole('list');
    expect(list).toHaveTextContent(/CAF 100 %: Transformer 500 kVA \(Minimum Scheme\)/);
    expect(list).toHaveTextContent('(001 §4.30)');
    expect(within(region).getByTestId('sweep-selected')).toHaveTextContent(
      /^At 100 kVA \(100 % of today's request\) you would pay £/,
    );
    const slider = within(region).getByRole('slider', { name: 'Try a capacity' });
    await fireEvent.input(slider, { target: { value: '0' } });
    expect(within(region).getByTestId('sweep-selected')).toHaveTextContent(
      /^At 25 kVA \(25 % of today's request\) you would pay £/,
    );
    await fireEvent.click(within(region).getByRole('button', { name: 'Show data table' }));
    const table = within(region).getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(50);
  });

  it('appears in Compare', async () => {
    const inputs = operatorCostsMore();
    render(CompareView, {
      props: {
        file: fileOf(inputs),
        statement: iprStatement,
        outcome: computeEstimate(inputs, iprStatement.rules),
      },
    });
    await waitFor(() =>
      expect(screen.getByTestId('capacity-sweep')).toHaveTextContent(/Asking for 10 % less/),
    );
  });
});
