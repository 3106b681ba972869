// @vitest-environment jsdom
// The template picker groups worked examples by their statement, named from the statement
// list, whatever the statement: a statement the code has never heard of gets its own group.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { StatementIndex } from '../../../src/statements/types';
import { TEMPLATES, type TemplateInfo } from '../../../src/templates';
import TemplatePicker from '../../../src/ui/templates/TemplatePicker.svelte';
import { readStatementText } from '../../fixtures';

const builtIn = JSON.parse(readStatementText('index.json')) as StatementIndex;
const fictional: StatementIndex['statements'][number] = {
  id: 'fictional-operator-2030',
  file: 'fictional-operator-2030.json',
  operator: 'Fenland Wires Ltd',
  version: 'Issue 3',
  publicationDate: '2030-04-01',
};
const fictionalExample: TemplateInfo = {
  id: 'fictional-ex-1',
  title: 'Example 1: a farm shop',
  citation: 'FW §9 Example 1',
  group: 'worked-example',
  statementId: fictional.id,
  load: () => Promise.reject(new Error('not loaded in this test')),
};

describe('TemplatePicker', () => {
  it('groups worked examples by statement, each named by its operator and version', async () => {
    const index = { ...builtIn, statements: [...builtIn.statements, fictional] };
    render(TemplatePicker, {
      onload: () => {},
      onclose: () => {},
      templates: [...TEMPLATES, fictionalExample],
      loadIndex: () => Promise.resolve(index),
    });
    const dialog = screen.getByRole('dialog', { name: 'Start from a worked example' });
    const names = async (name: RegExp) => await within(dialog).findByRole('region', { name });
    const ipr = await names(/^Worked examples: Indigo Power Limited \(IPR\), V1\.7$/);
    expect(within(ipr).getAllByRole('button')).toHaveLength(
      TEMPLATES.filter((t) => t.statementId === 'ipr-v1.7-2025' && t.group !== 'starter').length,
    );
    expect(within(ipr).queryByText(/002/)).not.toBeInTheDocument();
    const spm = await names(/^Worked examples: SP Manweb/);
    expect(within(spm).queryByText(/001/)).not.toBeInTheDocument();
    const own = await names(/^Worked examples: Fenland Wires Ltd, Issue 3$/);
    expect(within(own).getByRole('button', { name: /farm shop FW §9 Example 1/ })).toBeVisible();
    expect(within(dialog).getByRole('region', { name: 'Blank starters' })).toBeInTheDocument();
  });

  it('without the statement list, names each group by its statement id', async () => {
    render(TemplatePicker, {
      onload: () => {},
      onclose: () => {},
      templates: [fictionalExample],
      loadIndex: () => Promise.reject(new Error('offline')),
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Worked examples: statement “fictional-operator-2030”',
      }),
    ).toBeInTheDocument();
  });
});
