// @vitest-environment jsdom
// A term's "?" gives the chosen statement's own definition and paragraph, or says it has none.
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../../src/statements/parseStatementFile';
import Term from '../../../src/ui/glossary/Term.svelte';
import { makeEditor, withEditor } from '../editorHarness';
import { readStatementText } from '../../fixtures';

afterEach(cleanup);

const spmParsed = parseStatementFile(readStatementText('spm-2008.json'));
if (!spmParsed.ok) throw new Error('002 should parse');
const spm = spmParsed.statement;

async function meaning(term: 'lv' | 'hv' | 'caf', statement: 'ipr' | 'spm') {
  const editor = makeEditor();
  if (statement === 'spm') editor.statement = spm;
  render(Term, { props: { term }, ...withEditor(editor) });
  await userEvent.setup().click(screen.getByRole('button', { name: /What does/ }));
  return screen.getByRole('button', { name: /What does/ }).nextElementSibling?.textContent ?? '';
}

describe('Term', () => {
  it('with 001: its §8 definition', async () => {
    expect(await meaning('hv', 'ipr')).toContain(
      'The statement: “more than 1kV but not more than 22kV.” (001 §8)',
    );
  });

  it('with 001, where it cites a paragraph but quotes no words: the paragraph, a space apart', async () => {
    // Written "created.(001 §4.30)" before: Svelte trimmed the space at the start of the block.
    expect(await meaning('caf', 'ipr')).toMatch(/\S \(001 §4\.30\)$/);
  });

  it('with 002: its own Schedule 5 definition where it has one', async () => {
    const text = await meaning('lv', 'spm');
    expect(text).toMatch(/The statement: “Low Voltage 230 volts .*” \(002 Schedule 5\)/);
    expect(text).not.toMatch(/001/);
  });

  it('with 002: says it has none where 002 does not define the term', async () => {
    const text = await meaning('hv', 'spm');
    expect(text).toContain('SP Manweb plc’s statement has no definition of it.');
    expect(text).not.toMatch(/001|22kV/);
  });
});
