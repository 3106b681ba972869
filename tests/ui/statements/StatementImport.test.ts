// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import StatementImport from '../../../src/ui/statements/StatementImport.svelte';
import type { StatementFile } from '../../../src/statements/types';
import { readStatementText } from '../../fixtures';

const LABEL = 'Import a charging statement (JSON file)';
const jsonFile = (text: string, name = 'statement.json') =>
  new File([text], name, { type: 'application/json' });

afterEach(cleanup);

describe('StatementImport', () => {
  it('imports a valid statement and says so', async () => {
    const onimport = vi.fn<(s: StatementFile) => void>();
    render(StatementImport, { onimport });
    await userEvent.upload(
      screen.getByLabelText(LABEL),
      jsonFile(readStatementText('ipr-v1.7-2025.json')),
    );
    await waitFor(() => expect(onimport).toHaveBeenCalledTimes(1));
    expect(onimport.mock.calls[0]?.[0].id).toBe('ipr-v1.7-2025');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported “Statement of Methodology and Charges for Electricity Connections”, Indigo Power Limited (IPR), V1.7.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists the problems of a bad file and never calls onimport', async () => {
    const data = JSON.parse(readStatementText('ipr-v1.7-2025.json'));
    data.tables[0].rows[0].price = { min: '900', max: '800' };
    delete data.tables[1].rows[0].citation;
    const onimport = vi.fn();
    render(StatementImport, { onimport });
    await userEvent.upload(
      screen.getByLabelText(LABEL),
      jsonFile(JSON.stringify(data), 'mine.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('mine.json was not imported.');
    const items = within(
      within(alert).getByRole('list', { name: 'Problems in the statement file' }),
    ).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Table 001-B, row 001-B-01 (“Single LV Service Demand Connection”): has no citation; every row must name the paragraph it comes from',
    ]);
    expect(onimport).not.toHaveBeenCalled();
  });

  it('reports a file that is not JSON', async () => {
    const onimport = vi.fn();
    render(StatementImport, { onimport });
    await userEvent.upload(screen.getByLabelText(LABEL), jsonFile('not json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not valid JSON');
    expect(onimport).not.toHaveBeenCalled();
  });

  it('refuses an oversized file before reading it', async () => {
    const onimport = vi.fn();
    render(StatementImport, { onimport, maxBytes: 10 });
    await userEvent.upload(screen.getByLabelText(LABEL), jsonFile('{"format": "x", "pad": 1}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('a statement file is at most 0 kB');
    expect(onimport).not.toHaveBeenCalled();
  });

  it('shows a storage failure in plain words', async () => {
    const onimport = vi.fn(async () => {
      throw new Error('The browser refused to store more data.');
    });
    render(StatementImport, { onimport });
    await userEvent.upload(
      screen.getByLabelText(LABEL),
      jsonFile(readStatementText('ipr-v1.7-2025.json')),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The statement could not be saved: The browser refused to store more data.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
