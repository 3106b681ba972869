// @vitest-environment jsdom
// The plain comparison cites the chosen statement's rule for who asked for the Enhanced Scheme.
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../../src/statements/parseStatementFile';
import CompareSummary from '../../../src/ui/shell/CompareSummary.svelte';
import { makeEditor, withEditor } from '../editorHarness';
import { readStatementText } from '../../fixtures';

afterEach(cleanup);

describe('CompareSummary', () => {
  it.each([
    ['ipr-v1.7-2025.json', /\(001 §/],
    ['spm-2008.json', /\(002 §/],
  ])('with %s: the rule that sets the charge, with that statement’s paragraph', (file, own) => {
    const parsed = parseStatementFile(readStatementText(file));
    if (!parsed.ok) throw new Error(`${file} should parse`);
    const editor = makeEditor();
    editor.statement = parsed.statement;
    render(CompareSummary, withEditor(editor));
    const [rule] = screen.getAllByText(/^You asked for the Enhanced Scheme: you pay/);
    expect(rule!.textContent).toMatch(own);
    expect(rule!.textContent).not.toMatch(file.startsWith('spm') ? /001/ : /002/);
  });
});
