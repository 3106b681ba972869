// @vitest-environment jsdom
// The Quick estimate by role: plain questions, the range with its scenarios, plain-words
// errors that keep the answers, "?" meanings by keyboard, and the result written into the
// open estimate as ordinary lines (undoable).
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import QuickEstimateView from '../../../src/ui/quick/QuickEstimateView.svelte';
import { createFirstVisitEstimate } from '../../../src/state/firstVisitEstimate';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

function setup() {
  const editor = makeEditor();
  let opened = 0;
  render(QuickEstimateView, { editor, onopengrid: () => (opened += 1) });
  return { editor, user: userEvent.setup(), opened: () => opened };
}

describe('Quick estimate', () => {
  it('builds 12 heat-pump homes from four answers and shows the range and scenarios', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const homes = screen.getByLabelText('How many homes?');
    await user.clear(homes);
    await user.type(homes, '12');
    await user.selectOptions(screen.getByLabelText('How will they be heated?'), 'heat-pump');
    await user.type(
      screen.getByLabelText('How far is the nearest road with an electricity cable?'),
      '40',
    );
    await user.selectOptions(screen.getByLabelText('What is the ground between?'), 'verge');
    expect(screen.getByTestId('quick-capacity')).toHaveTextContent('54 kVA');
    // 001 F5-04 + 140 m F5-02 + 12 × F3-01 + C-05 (see tests/quick).
    expect(screen.getByTestId('quick-range')).toHaveTextContent(
      /^£18,777\.00 – £29,180\.00 if the local network has capacity/,
    );
    expect(screen.getByTestId('quick-scenario-hv')).toHaveTextContent(
      /if the HV feeder must be reinforced/,
    );
    expect(
      screen.getByRole('heading', { name: /Work you could get an accredited contractor to do/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What we assumed' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not included' })).toBeInTheDocument();
  });

  it('says what is wrong in plain words and keeps the answer', async () => {
    const { user } = setup();
    const homes = screen.getByLabelText('How many homes?');
    await user.clear(homes);
    await user.type(homes, 'twelve');
    expect(screen.getByRole('alert')).toHaveTextContent('The number of homes must be a number');
    expect(homes).toHaveAttribute('aria-invalid', 'true');
    expect(homes).toHaveValue('twelve');
  });

  it('opens and closes a term’s meaning from the keyboard', async () => {
    const { user } = setup();
    const help = screen.getByRole('button', { name: 'What does “Required Capacity” mean?' });
    help.focus();
    await user.keyboard('{Enter}');
    expect(help).toHaveAttribute('aria-expanded', 'true');
    const meaning = document.getElementById(help.getAttribute('aria-controls')!)!;
    expect(meaning).toHaveAttribute('aria-live', 'polite');
    expect(help).toHaveAttribute('aria-describedby', meaning.id);
    expect(help).toHaveAccessibleDescription(/Maximum Capacity agreed with the Customer/);
    expect(meaning).toHaveTextContent('(001 §8)');
    await user.keyboard('{Escape}');
    expect(help).toHaveAttribute('aria-expanded', 'false');
    expect(meaning).toHaveTextContent('');
  });

  it('tells a small solar owner about install-then-notify before the estimate', async () => {
    const { user } = setup();
    await user.click(
      screen.getByRole('radio', { name: 'Solar panels, a wind turbine or a battery' }),
    );
    await user.type(screen.getByLabelText('How much power will it send to the network?'), '3.6');
    const note = screen.getByRole('complementary', { name: 'Install, then notify (G98)' });
    expect(within(note).getByText(/Source:/)).toHaveTextContent('001 §2.32');
  });

  it('writes the result into the open estimate, and Undo brings the old lines back', async () => {
    const { user, editor, opened } = setup();
    const before = editor.file.inputs.schemes.minimum.lines.length;
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Open in the expert grid' }));
    expect(opened()).toBe(1);
    const lines = editor.file.inputs.schemes.minimum.lines;
    expect(lines.map((l) => l.statementItemId)).toEqual(['001-F1-01', '001-F1-04', '001-C-01']);
    expect(editor.file.title).toBe('Quick estimate: 1 new home');
    expect(editor.file.source).toBeNull();
    editor.undo();
    expect(editor.file.inputs.schemes.minimum.lines.length).toBe(before);
  });

  it('keeps the answers in the estimate file, shows a file’s saved answers, and undoes an answer', async () => {
    const { user, editor } = setup();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const homes = screen.getByLabelText('How many homes?');
    await user.clear(homes);
    await user.type(homes, '12');
    await user.selectOptions(screen.getByLabelText('How will they be heated?'), 'heat-pump');
    expect(editor.file.quick?.answers).toMatchObject({ homes: '12', heating: 'heat-pump' });
    // Typing into one box undoes as one step.
    editor.undo();
    await tick();
    expect(screen.getByLabelText('How will they be heated?')).toHaveValue('unknown');
    expect(homes).toHaveValue('12');
    await user.click(screen.getByRole('button', { name: 'Use these figures in this estimate' }));
    const saved = editor.snapshot();
    expect(saved.quick?.builtFingerprint).toMatch(/^\d+-[0-9a-f]{8}$/);

    // The same file opened in a fresh view (as after a reload) shows the same answers.
    cleanup();
    render(QuickEstimateView, { editor: makeEditor(saved) });
    expect(screen.getByLabelText('How many homes?')).toHaveValue('12');
    expect(screen.getByLabelText('How will they be heated?')).toHaveValue('unknown');
    expect(screen.getByTestId('quick-capacity')).toHaveTextContent('54 kVA');
  });
});

describe('the first visit’s example, and the other ways in', () => {
  it('labels the sample answers as an example until one is changed', async () => {
    const editor = makeEditor(createFirstVisitEstimate('2025-11-23', '2025-11-23T09:00:00.000Z'));
    render(QuickEstimateView, { editor });
    const user = userEvent.setup();
    expect(screen.getByTestId('quick-example')).toHaveTextContent(
      /^These are example answers \(12 new homes with heat pumps/,
    );
    expect(screen.getByTestId('quick-range')).toHaveTextContent(/^£18,777\.00 – £29,180\.00/);
    const homes = screen.getByLabelText('How many homes?');
    await user.clear(homes);
    await user.type(homes, '8');
    expect(screen.queryByTestId('quick-example')).toBeNull();
  });

  it('links the expert grid and the worked examples', async () => {
    const editor = makeEditor();
    let grid = 0;
    let examples = 0;
    render(QuickEstimateView, {
      editor,
      onopengrid: () => (grid += 1),
      onopenexamples: () => (examples += 1),
    });
    const user = userEvent.setup();
    expect(screen.getByText(/^Know the work already\?/)).toHaveTextContent(
      'Know the work already? Build it line by line in the expert grid or pick a worked example.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Build it line by line in the expert grid' }),
    );
    await user.click(screen.getByRole('button', { name: 'pick a worked example' }));
    expect([grid, examples]).toEqual([1, 1]);
    // Not an example: a worked example's estimate.
    expect(screen.queryByTestId('quick-example')).toBeNull();
  });
});
