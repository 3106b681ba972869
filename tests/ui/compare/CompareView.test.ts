// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeEstimate, type EstimateInput } from '../../../src/engine';
import CompareView from '../../../src/ui/compare/CompareView.svelte';
import { fileOf, iprStatement, operatorCostsMore, template } from '../../compare/fixtures';

// jsdom has no canvas 2D context (and reports each attempt on the console): make getContext
// answer null, as a browser without one does. The charts must then draw nothing and the text
// summaries and data tables carry the content, which is what these tests check.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => cleanup());

function setup(inputs: EstimateInput, onApplyWhatIf = vi.fn()) {
  const file = fileOf(inputs);
  const outcome = computeEstimate(inputs, iprStatement.rules);
  render(CompareView, { props: { file, statement: iprStatement, outcome, onApplyWhatIf } });
  return { file, outcome, onApplyWhatIf };
}

describe('CompareView', () => {
  it('states the rule, the numbers and the difference (001 Ex 9b)', async () => {
    const file = await template('ipr-ex-09');
    setup(file.inputs);
    expect(
      screen.getByRole('heading', { name: /operator asked for the Enhanced Scheme/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('comparison-sentence')).toHaveTextContent(
      "The Enhanced Scheme's is lower, so you pay £3,500.00.",
    );
    expect(screen.getByText(/£500.00 less than the Minimum Scheme's/)).toBeInTheDocument();
    const totals = screen.getByRole('table', {
      name: 'What you pay under each scheme, excluding VAT',
    });
    const expectedRow = within(totals).getByRole('row', { name: /^Expected £/ });
    expect(expectedRow).toHaveTextContent('£4,000.00');
    expect(expectedRow).toHaveTextContent('£3,500.00');
  });

  it('shows each chart with an accessible name, a summary and a data table on request', async () => {
    const user = userEvent.setup();
    setup(operatorCostsMore());
    const canvas = screen.getByTestId('chart-scheme-breakdown');
    expect(HTMLCanvasElement.prototype.getContext).toHaveBeenCalledWith('2d');
    expect(canvas).toHaveAttribute('aria-label', 'Cost by category, expected prices');
    expect(screen.getByTestId('chart-scheme-range')).toHaveAccessibleName(
      'Low, expected and high charge',
    );
    expect(screen.getByTestId('chart-rsn-split')).toHaveAccessibleDescription(
      /Minimum: Transformer 500 kVA \(CAF 20.0%\): you pay £2,000.00, the operator funds £8,000.00/,
    );
    expect(screen.queryByRole('table', { name: /Reinforcement by section/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: /Show data table for Reinforcement: your share/ }),
    );
    const table = screen.getByRole('table', { name: /Reinforcement by section/ });
    expect(
      within(table).getByRole('row', { name: /Enhanced: Transformer 1000 kVA/ }),
    ).toHaveTextContent('£45,000.00');
    expect(
      screen.getByRole('button', { name: /Hide data table for Reinforcement: your share/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('switches the breakdown and charts to low or high prices', async () => {
    const user = userEvent.setup();
    const inputs = operatorCostsMore();
    inputs.schemes.minimum.lines[1]!.unitPrice = { kind: 'range', low: '1000', high: '2000' };
    setup(inputs);
    await user.click(screen.getByRole('radio', { name: 'High' }));
    const breakdown = screen.getByRole('table', { name: /Breakdown by category, high prices/ });
    expect(
      within(breakdown).getByRole('row', { name: /Extension Assets \(contestable\)/ }),
    ).toHaveTextContent('£4,000.00');
    expect(screen.getByTestId('chart-scheme-breakdown')).toHaveAccessibleName(
      'Cost by category, high prices',
    );
  });

  it('runs a what-if on a copy and applies it only on request', async () => {
    const user = userEvent.setup();
    const inputs = operatorCostsMore();
    const { file, onApplyWhatIf } = setup(inputs);
    const capacity = screen.getByRole('textbox', { name: 'Required capacity (kVA)' });
    await user.clear(capacity);
    await user.type(capacity, '476');
    expect(
      screen.getByText(
        'At 476 kVA with 50 m of “LV main” the CAF would be 95.2% and you would pay £13,020.00 excluding VAT.',
      ),
    ).toBeInTheDocument();
    expect(file.inputs.connection.importCapacityKva).toBe('100');
    expect(screen.getByTestId('whatif-chart-scheme-breakdown')).toHaveAccessibleDescription(
      /Minimum Scheme: you pay £13,020.00/,
    );
    await user.click(screen.getByRole('button', { name: 'Apply to the draft' }));
    expect(onApplyWhatIf).toHaveBeenCalledTimes(1);
    const applied = onApplyWhatIf.mock.calls[0]![0] as EstimateInput;
    expect(applied.connection.importCapacityKva).toBe('476');
    expect(file.inputs.connection.importCapacityKva).toBe('100');
  });

  it('runs the engine for a what-if only once something is changed', async () => {
    const user = userEvent.setup();
    const inputs = operatorCostsMore();
    const compute = vi.fn(computeEstimate);
    const outcome = computeEstimate(inputs, iprStatement.rules);
    render(CompareView, {
      props: { file: fileOf(inputs), statement: iprStatement, outcome, compute },
    });
    expect(screen.getByText(/^At 100 kVA with .*you would pay £5,500.00/)).toBeInTheDocument();
    expect(compute).not.toHaveBeenCalled();
    const capacity = screen.getByRole('textbox', { name: 'Required capacity (kVA)' });
    await user.clear(capacity);
    await user.type(capacity, '300');
    expect(compute).toHaveBeenCalled();
    expect(screen.getByText(/^At 300 kVA .*CAF would be 60.0%/)).toBeInTheDocument();
  });

  it('varies a line length with the slider', async () => {
    setup(operatorCostsMore());
    const slider = screen.getByRole('slider', { name: 'Quantity slider (m)' });
    await fireEvent.input(slider, { target: { value: '125' } });
    expect(
      screen.getByText(/with 125 m of “LV main”.*you would pay £8,500.00/),
    ).toBeInTheDocument();
  });

  it('says plainly when a what-if value is not a number', async () => {
    const user = userEvent.setup();
    setup(operatorCostsMore());
    const capacity = screen.getByRole('textbox', { name: 'Required capacity (kVA)' });
    await user.clear(capacity);
    await user.type(capacity, 'abc');
    expect(
      screen.getByText(/The capacity “abc” is not a number of kVA above zero/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply to the draft' })).toBeDisabled();
  });

  it('shows what the operator would still charge with an ICP (001 §4.58)', () => {
    setup(operatorCostsMore());
    const region = screen.getByRole('region', { name: 'If an ICP does the contestable work' });
    expect(region).toHaveTextContent('001 §4.58');
    const row = within(region).getByRole('row', { name: /your share of the non-contestable work/ });
    expect(row).toHaveTextContent('£2,000.00');
    expect(within(region).getByRole('row', { name: /Full connection offer/ })).toHaveTextContent(
      '£5,500.00',
    );
  });

  it('explains an engine rejection in plain words', () => {
    const inputs = operatorCostsMore();
    // A problem with the estimate as a whole (an unfinished line would only be left out).
    inputs.connection.importCapacityKva = 'two';
    setup(inputs);
    expect(screen.getByRole('alert')).toHaveTextContent('The estimate cannot be compared yet');
  });

  it('presents one message a slide with the keyboard, the disclaimer on each', async () => {
    const user = userEvent.setup();
    setup(operatorCostsMore());
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveFocus();
    const heading = () => within(dialog).getByRole('heading', { level: 2 });
    const foot = () => within(dialog).getByTestId('slide-foot');
    expect(heading()).toHaveTextContent('What you pay');
    expect(foot()).toHaveTextContent(/Budget estimate, not an offer.*Figures from Indigo Power/);
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Where the money goes');
    expect(within(dialog).getByText('Slide 2 of 6: Where the money goes')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    await user.keyboard('{PageDown}');
    expect(heading()).toHaveTextContent('Your share and the operator’s');
    await user.keyboard(' ');
    // Fixed prices: no low / expected / high slide.
    expect(heading()).toHaveTextContent('Why this scheme is charged');
    expect(foot()).toHaveTextContent('Budget estimate, not an offer.');
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('More or less capacity');
    expect(within(dialog).getByTestId('presentation-sweep-ten-percent')).toHaveTextContent(
      /^Asking for 10 % less \(90 kVA instead of 100 kVA\), you would pay £/,
    );
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('What if?');
    expect(within(dialog).getByRole('slider', { name: 'Quantity slider (m)' })).toBeInTheDocument();
    await user.click(
      within(within(dialog).getByRole('navigation', { name: 'Slides' })).getByRole('button', {
        name: /^1\. What you pay/,
      }),
    );
    expect(heading()).toHaveTextContent('What you pay');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(present).toHaveFocus();
  });

  it('leaves the presentation with Esc, and Tab comes back into it, after focus went to the page behind', async () => {
    // Focus leaves a modal without a click inside it: Tab from the browser's address bar
    // lands on the page's first control, which is behind the presentation.
    const user = userEvent.setup();
    setup(operatorCostsMore());
    const present = screen.getByRole('button', { name: 'Present' });
    await user.click(present);
    const dialog = screen.getByRole('dialog');
    present.focus();
    expect(dialog).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    present.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(present).toHaveFocus();
  });

  it('keeps undo and redo from reaching the estimate behind the presentation', async () => {
    // The app's undo listens on the window (AppShell), added before the presentation opens;
    // while presenting, Ctrl+Z must not change the estimate the customer is looking at.
    const user = userEvent.setup();
    const heard: string[] = [];
    const appUndo = (e: KeyboardEvent) => {
      if (!e.defaultPrevented && e.ctrlKey && (e.key === 'z' || e.key === 'y')) heard.push(e.key);
    };
    window.addEventListener('keydown', appUndo);
    try {
      setup(operatorCostsMore());
      await user.keyboard('{Control>}z{/Control}');
      expect(heard).toEqual(['z']);
      const present = screen.getByRole('button', { name: 'Present' });
      await user.click(present);
      const dialog = screen.getByRole('dialog');
      await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
      present.focus();
      await user.keyboard('{Control>}z{/Control}');
      expect(heard).toEqual(['z']);
      expect(dialog).toBeInTheDocument();
    } finally {
      window.removeEventListener('keydown', appUndo);
    }
  });
});

describe('CompareView with a long estimate', () => {
  it("lists the what-if's lines once the box is focused (the chosen line alone at first)", async () => {
    const file = await template('ipr-ex-09');
    const lines = Array.from({ length: 300 }, (_, i) => ({
      ...file.inputs.schemes.minimum.lines[0]!,
      id: `cable-${i}`,
      description: `LV main ${i + 1}`,
      quantity: String(10 + i),
      unit: 'm',
    }));
    const inputs: EstimateInput = {
      ...file.inputs,
      schemes: {
        ...file.inputs.schemes,
        minimum: { ...file.inputs.schemes.minimum, lines },
      },
    };
    setup(inputs);
    const box = screen.getByRole('combobox', { name: 'Line to vary' });
    expect(within(box).getAllByRole('option')).toHaveLength(1);
    expect(box).toHaveValue('minimum:cable-0');
    await userEvent.setup().click(box);
    expect(within(box).getAllByRole('option').length).toBeGreaterThanOrEqual(300);
    expect(within(box).getByRole('option', { name: /LV main 300 / })).toBeInTheDocument();
    expect(box).toHaveValue('minimum:cable-0');
    await userEvent.setup().selectOptions(box, 'minimum:cable-7');
    expect(screen.getByRole('textbox', { name: 'Quantity (m)' })).toHaveValue('17');
  });
});
