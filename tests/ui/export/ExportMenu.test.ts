// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import ExportMenu from '../../../src/ui/export/ExportMenu.svelte';
import type { ExportedFile } from '../../../src/export/types';
import { compute, demoEstimate, loadStatement } from '../../export/fixtures';

const statement = loadStatement('ipr-v1.7-2025');
const estimate = demoEstimate();
const result = compute(estimate, statement);

function setup(props: Partial<Parameters<typeof render<typeof ExportMenu>>[1]> = {}) {
  const saved: ExportedFile[] = [];
  const save = vi.fn((file: ExportedFile) => saved.push(file));
  render(ExportMenu, {
    props: { estimate, statement, result, preparedOn: '2026-03-05', save, ...props },
  });
  return { saved, save, user: userEvent.setup() };
}

afterEach(cleanup);

describe('ExportMenu', () => {
  it('downloads the CSV built from the estimate', async () => {
    const { saved, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.fileName).toBe('EST-2026-0001-budget-estimate.csv');
    expect(await saved[0]!.blob.text()).toContain('You pay excluding VAT');
    expect(screen.getByRole('status')).toHaveTextContent(
      'EST-2026-0001-budget-estimate.csv is ready.',
    );
  });

  it('takes the estimate from a function only when a download is asked for', async () => {
    const getEstimate = vi.fn(() => ({ ...estimate, reference: 'EST-2026-0042' }));
    const { saved, user } = setup({ estimate: getEstimate });
    expect(getEstimate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(getEstimate).toHaveBeenCalledTimes(1);
    expect(saved[0]!.fileName).toBe('EST-2026-0042-budget-estimate.csv');
  });

  it('downloads the PDF, loaded on demand', async () => {
    const { saved, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.fileName).toBe('EST-2026-0001-budget-estimate.pdf');
    const head = new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(0, 5);
    expect(new TextDecoder().decode(head)).toBe('%PDF-');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('downloads the XLSX, loaded on demand, busy while it is made', async () => {
    const labelsWhileSaving: string[] = [];
    const { saved, user } = setup({
      save: (file: ExportedFile) => {
        // Saving happens while the export is still running: the menu is busy.
        labelsWhileSaving.push(
          ...screen
            .getAllByRole('button')
            .map((b) => `${b.textContent?.trim()}|${b.hasAttribute('disabled')}`),
        );
        saved.push(file);
      },
    });
    await user.click(screen.getByRole('button', { name: 'Download XLSX' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.fileName).toBe('EST-2026-0001-budget-estimate.xlsx');
    const files = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Summary',
      'Minimum Scheme',
      'Enhanced Scheme',
      'Fees',
      'Assumptions',
    ]);
    expect(labelsWhileSaving).toEqual([
      'Download PDF|true',
      'Download CSV|true',
      'Making the XLSX…|true',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'EST-2026-0001-budget-estimate.xlsx is ready.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Download XLSX' })).toBeEnabled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a plain-words error and saves nothing when the XLSX cannot be made', async () => {
    const huge = structuredClone(result);
    huge.comparison.payableIncVat.expected = '12345678901234567.89';
    const { save, user } = setup({ result: huge });
    await user.click(screen.getByRole('button', { name: 'Download XLSX' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('too large to write exactly in a spreadsheet');
    expect(alert).toHaveTextContent('Your estimate is unchanged.');
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Download XLSX' })).toBeEnabled();
  });

  it('shows a plain-words error and saves nothing when the PDF cannot be made', async () => {
    const { save, user } = setup({
      getCharts: () => [{ title: 'Costs chart', pngDataUrl: 'not an image' }],
    });
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chart "Costs chart" is not a PNG image');
    expect(alert).toHaveTextContent('Your estimate is unchanged.');
    expect(save).not.toHaveBeenCalled();
    // The buttons are usable again after the failure.
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
  });

  it('disables every button and says why while there is no result', () => {
    setup({ result: null });
    for (const name of ['Download PDF', 'Download CSV', 'Download XLSX']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(/Fix the problems in the estimate first/);
    }
  });
});

describe('saveFile', () => {
  it('offers the blob as a download under the file name', async () => {
    const { saveFile } = await import('../../../src/ui/export/saveFile');
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const blob = new Blob(['x'], { type: 'text/csv' });
    saveFile({ blob, fileName: 'EST-1-budget-estimate.csv' });
    expect(created).toEqual([blob]);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'EST-1-budget-estimate.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});
