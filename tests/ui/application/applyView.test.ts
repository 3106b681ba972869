// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEstimateFile } from '../../../src/storage/validateEstimate';
import ApplyView from '../../../src/ui/application/ApplyView.svelte';
import { withTwelveHomes } from '../../application/fixtures';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

function setup(twelveHomes: boolean) {
  const editor = makeEditor();
  if (twelveHomes) editor.replace(withTwelveHomes(editor.snapshot()));
  const onfix = vi.fn();
  render(ApplyView, {
    props: {
      editor,
      drafts: null,
      outcome: editor.outcome,
      statement: editor.statement,
      today: '2026-03-01',
      onfix,
    },
  });
  return { editor, onfix };
}

const group = (title: string): HTMLElement =>
  within(screen.getByRole('list', { name: 'Parts of the application' }))
    .getByText(title, { selector: 'strong' })
    .closest('li')!;

describe('Ready to apply?', () => {
  it('shows each part as missing for a bare estimate, with a way to fix it', async () => {
    const { onfix } = setup(false);
    for (const title of [
      'Site address and location',
      'Customer and site contact',
      'Supporting documents',
    ]) {
      expect(within(group(title)).getByText('Missing')).toBeInTheDocument();
    }
    await userEvent.click(
      screen.getByRole('button', { name: /^Fix\s*Customer and site contact$/ }),
    );
    expect(onfix).toHaveBeenCalledWith('customer');
  });

  it('shows the filled-in parts as complete and only the documents as missing', () => {
    setup(true);
    for (const title of [
      'Site address and location',
      'Correspondence and contact',
      'Customer and site contact',
      'Connection requirements',
      'Planning permission',
    ]) {
      expect(within(group(title)).getByText('Complete'), title).toBeInTheDocument();
    }
    const docs = group('Supporting documents');
    expect(within(docs).getByText('Missing')).toBeInTheDocument();
    expect(within(docs).getByText(/letter of authority from the site's owner/)).toBeInTheDocument();
    expect(
      screen.getByText(/5 of 6 parts of the application are complete or not needed/),
    ).toBeInTheDocument();
  });

  it('computes the quotation expiry from the statement and compares the quoted figure', async () => {
    const { editor } = setup(true);
    await userEvent.type(screen.getByLabelText('Date on the quotation letter'), '2026-01-10');
    await userEvent.type(screen.getByLabelText('Quoted charge, £'), '70000');
    expect(editor.file.application?.milestones.quotationDate).toBe('2026-01-10');
    expect(editor.file.application?.milestones.quotedAmount).toBe('70000');
    expect(screen.getByText(/open for acceptance until/).textContent).toMatch(/10 April 2026/);
    expect(screen.getByText(/open for acceptance until/).textContent).toMatch(/001 §3\.2/);
    expect(
      screen.getByText(/The quote is £70,000\.00; this estimate’s expected charge is/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /expiry date to a calendar/ })).toBeInTheDocument();
  });

  // A key date or quoted figure the estimate-file reader refuses made the whole draft
  // "damaged" on the next start, which then opened another draft in its place. Chromium's
  // date box takes a six-digit year when it has no max; the quoted figure took any length.
  it('keeps a key date with a year past 9999 out of the draft, says why, and the draft still reopens', async () => {
    const { editor } = setup(true);
    const box = screen.getByLabelText('Applied on');
    expect(box).toHaveAttribute('max', '9999-12-31');
    await fireEvent.change(box, { target: { value: '123456-01-01' } });
    expect(editor.file.application?.milestones.appliedOn).toBeNull();
    expect(box).toHaveAccessibleDescription(/year of four digits/);
    expect(checkEstimateFile(editor.snapshot()).ok).toBe(true);
    await fireEvent.change(box, { target: { value: '2026-02-03' } });
    expect(editor.file.application?.milestones.appliedOn).toBe('2026-02-03');
    expect(box).not.toHaveAccessibleDescription(/year of four digits/);
  });

  it.each([
    ['1234567890123456', /at most 15 digits/],
    ['1.12345678901', /at most 10 decimal places/],
  ])(
    'keeps a quoted figure of %s out of the draft, says why, and the draft still reopens',
    async (text, why) => {
      const { editor } = setup(true);
      const box = screen.getByLabelText('Quoted charge, £');
      await userEvent.type(box, '70000');
      await userEvent.clear(box);
      await userEvent.type(box, text);
      expect(box).toHaveAccessibleDescription(why);
      expect(editor.file.application?.milestones.quotedAmount).not.toBe(text);
      expect(checkEstimateFile(editor.snapshot()).ok).toBe(true);
      expect(box).toHaveValue(text);
    },
  );
});
