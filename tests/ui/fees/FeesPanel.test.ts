// @vitest-environment jsdom
// The fees panel, by role. Expected rows and prices are read from 001 §7 Parts A–E, G, H
// (the 24 categories in printed order; row 09 is "Connection greater than 250kVA and up to
// 1MVA at HV", row 07 the same at LV).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../src/engine/computeEstimate';
import type { CostLineInput } from '../../../src/engine/types';
import { feeProject } from '../../../src/estimate-file/feeProject';
import type { EstimateFile } from '../../../src/estimate-file/types';
import { createDefaultEstimate } from '../../../src/state/defaultEstimate';
import type { StatementFile } from '../../../src/statements/types';
import FeesPanel from '../../../src/ui/fees/FeesPanel.svelte';

const statement = (file: string) =>
  JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/statements', file), 'utf8'),
  ) as StatementFile;
const ipr = statement('ipr-v1.7-2025.json');
const spm = statement('spm-2008.json');

// 001 Example 3: 600 kVA at LV, three phase, commercial; the scheme has 150 m of HV cable.
const example3 = (): EstimateFile => createDefaultEstimate('2025-11-23', '2025-11-23T09:00:00Z');

const lvLine = (id: string, description: string): CostLineInput => ({
  id,
  description,
  quantity: '1',
  unit: 'each',
  unitPrice: { kind: 'fixed', amount: '1000' },
  contestable: true,
  kind: 'extension',
  assetLevel: 'lv-network',
  charging: { rule: 'full' },
});

afterEach(cleanup);

const feesTable = () =>
  screen.getByRole('table', { name: 'Minimum Scheme fees from the statement' });
const rowNamed = (name: RegExp) => within(feesTable()).getByRole('row', { name });

describe('FeesPanel', () => {
  it('shows the category, why, Part C with its hourly rate, and Parts A and B, each with row and paragraph', () => {
    render(FeesPanel, { file: example3(), scheme: 'minimum', statement: ipr });
    expect(screen.getByRole('heading', { name: 'Minimum Scheme fees' })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Minimum Scheme fees' });
    expect(panel).toHaveTextContent(
      'Fee category: Connection greater than 250kVA and up to 1MVA at HV',
    );
    // Part B Note 1: the HV cable makes this LV connection an HV one.
    expect(panel).toHaveTextContent(
      'Highest voltage of the assets, including reinforcement HV 001 §7 Part B Note 1',
    );
    expect(panel).toHaveTextContent('Capacity that sets the band 600 kVA');
    expect(panel).toHaveTextContent(
      /No: not a Single LV Service Demand Connection, Small Project Demand Connection \(a\)/,
    );
    expect(within(panel).getByText('Why this category')).toBeInTheDocument();

    const design = rowNamed(/^Assessment and design \(operator does all the works\)/);
    expect(design).toHaveTextContent('001-C-09');
    expect(design).toHaveTextContent('£1,260–£9,460');
    expect(design).toHaveTextContent('001 §7.16 Part C');
    const hourly = rowNamed(/^Assessment and design: additional work/);
    expect(hourly).toHaveTextContent('£0–£150 per hour');
    const budget = rowNamed(/Budget Estimate/);
    expect(budget).toHaveTextContent('001-A-09');
    expect(budget).toHaveTextContent('£2,000');
    expect(budget).toHaveTextContent('001 §7.13 Part A');
    const study = rowNamed(/^Had you asked the operator for a Feasibility Study/);
    expect(study).toHaveTextContent('001-B-09');
    expect(study).toHaveTextContent('£720–£1,000');
    expect(rowNamed(/^Feasibility Study: additional charge/)).toHaveTextContent('£90–£150');
    // No ICP: no CIC rows, and the panel says how to see them.
    expect(within(feesTable()).queryByRole('row', { name: /^CIC/ })).not.toBeInTheDocument();
    expect(panel).toHaveTextContent(
      /CIC charges .* apply only when an Independent Connection Provider/,
    );
  });

  it('with an ICP: Part D charged, Parts E and H not levied (001 §4.58), Part G priced on application', () => {
    const file = example3();
    file.project.icpDoesContestable = true;
    render(FeesPanel, { file, scheme: 'minimum', statement: ipr });
    const partD = rowNamed(/^CIC: Assessment and design of the non-contestable work/);
    expect(partD).toHaveTextContent('001-D-09');
    expect(partD).toHaveTextContent('£1,500');
    const partE = rowNamed(/^CIC: Approval of the ICP’s design/);
    expect(partE).toHaveTextContent('001-E-09');
    expect(partE).toHaveTextContent('Not levied (001 §4.58)');
    expect(partE).toHaveTextContent('(published: £1,000)');
    // Part H rows up to HV (LV network, HV network, HV/LV substation, HV/LV civils), none levied.
    const inspections = within(feesTable()).getAllByRole('row', {
      name: /^CIC: Inspection and monitoring/,
    });
    expect(inspections.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      '001-H-01',
      '001-H-02',
      '001-H-05',
      '001-H-07',
    ]);
    for (const r of inspections) expect(r).toHaveTextContent('Not levied');
    // Part G: all twelve rows are LV or HV, all POA.
    const finalWorks = within(feesTable()).getAllByRole('row', {
      name: /^CIC: Final works and energisation/,
    });
    expect(finalWorks).toHaveLength(12);
    for (const r of finalWorks) expect(r).toHaveTextContent('POA');
    expect(rowNamed(/^CIC charges in total/)).toHaveTextContent(
      '£1,500.00, plus 12 priced on application',
    );
  });

  it("shows the fees of the engine's result when it is given them", () => {
    const file = example3();
    // The result was worked out with an ICP doing the Contestable Work; the panel shows it.
    const outcome = computeEstimate(file.inputs, ipr.rules, {
      fees: {
        schedule: ipr,
        project: { ...feeProject(file.project), icpDoesContestableWork: true },
      },
    });
    if (!outcome.ok) throw new Error('example 3 should compute');
    render(FeesPanel, {
      file,
      scheme: 'minimum',
      statement: ipr,
      fees: outcome.result.fees!.minimum,
    });
    expect(rowNamed(/^CIC: Approval of the ICP’s design/)).toHaveTextContent(
      'Not levied (001 §4.58)',
    );
  });

  it('an LV scheme is classed LV, and HV reinforcement makes it HV (Part B Note 1)', () => {
    const file = example3();
    file.inputs.schemes.minimum.lines = [lvLine('l1', 'LV cable'), lvLine('l2', 'Metering panel')];
    const { unmount } = render(FeesPanel, { file, scheme: 'minimum', statement: ipr });
    expect(rowNamed(/^Assessment and design \(operator/)).toHaveTextContent('001-C-07');
    expect(rowNamed(/^Assessment and design \(operator/)).toHaveTextContent('£1,080–£4,660');
    unmount();
    file.inputs.schemes.minimum.lines.push({
      ...lvLine('l3', 'Reinforcement of the feeder'),
      kind: 'reinforcement',
      assetLevel: 'hv-network',
    });
    render(FeesPanel, { file, scheme: 'minimum', statement: ipr });
    expect(rowNamed(/^Assessment and design \(operator/)).toHaveTextContent('001-C-09');
  });

  it('says plainly when the statement has no fee tables by category (002)', () => {
    render(FeesPanel, { file: example3(), scheme: 'minimum', statement: spm });
    const panel = screen.getByRole('region', { name: 'Minimum Scheme fees' });
    expect(within(panel).getByRole('status')).toHaveTextContent(
      /does not price fees by connection category, .* not available here/,
    );
    expect(panel).toHaveTextContent('Schedule 1 – Connection Applications');
    // Nothing of 001's categories or paragraphs under another statement.
    expect(panel.textContent).not.toMatch(/001|Parts A–E/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says why when the capacity is not a number', () => {
    const file = example3();
    file.inputs.connection.importCapacityKva = 'lots';
    render(FeesPanel, { file, scheme: 'minimum', statement: ipr });
    expect(screen.getByRole('status')).toHaveTextContent(/capacity in Details is not a number/);
  });
});
