// @vitest-environment jsdom
// A third statement, for a fictional operator, written from docs/statement-file.md alone
// (tests/fixtures/statements/fenland-wires-2030.json, not shipped): with no code change the
// app shows its citations, its fee categories and its worked-example group, and nothing of
// Indigo Power's (001) or SP Manweb's (002).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../src/engine/index';
import { createDefaultEstimate } from '../../../src/state/defaultEstimate';
import type { StatementIndex } from '../../../src/statements/types';
import { validateStatement } from '../../../src/statements/validateStatement';
import type { TemplateInfo } from '../../../src/templates';
import DetailsForm from '../../../src/ui/details/DetailsForm.svelte';
import FeesPanel from '../../../src/ui/fees/FeesPanel.svelte';
import Term from '../../../src/ui/glossary/Term.svelte';
import TemplatePicker from '../../../src/ui/templates/TemplatePicker.svelte';
import { makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

const validated = validateStatement(
  JSON.parse(
    readFileSync(
      resolve(process.cwd(), 'tests/fixtures/statements/fenland-wires-2030.json'),
      'utf8',
    ),
  ),
);
if (!validated.ok) throw new Error(validated.errors.join('\n'));
const fw = validated.statement;

const noOtherStatement = (text: string | null) => {
  expect(text ?? '').not.toMatch(/00[12] |§4\.10|Indigo|Manweb|Parts A–E/);
};

describe('a third statement made from docs/statement-file.md alone', () => {
  it('is a valid statement whose rules the engine applies', () => {
    const file = createDefaultEstimate('2030-05-01', '2030-05-01T09:00:00Z');
    const computed = computeEstimate(file.inputs, fw.rules);
    expect(computed.ok).toBe(true);
  });

  it('its fee categories: the row its own rules choose, with its own paragraphs', () => {
    const file = createDefaultEstimate('2030-05-01', '2030-05-01T09:00:00Z');
    render(FeesPanel, { file, scheme: 'minimum', statement: fw });
    const panel = screen.getByRole('region', { name: 'Minimum Scheme fees' });
    // The built-in example asks for more than 50 kVA: Fenland's "Larger connection".
    expect(panel).toHaveTextContent('Fee category: Larger connection FW §7.1');
    expect(panel).toHaveTextContent(/including reinforcement\s*HV FW §7\.2/);
    const design = within(panel).getByRole('row', { name: /^Assessment and design/ });
    expect(design).toHaveTextContent('FW-A-02');
    expect(design).toHaveTextContent('£1,200–£1,800');
    noOtherStatement(panel.textContent);

    cleanup();
    file.inputs.connection.importCapacityKva = '40';
    file.inputs.connection.pocVoltage = 'LV';
    file.inputs.schemes.minimum.lines = [];
    render(FeesPanel, { file, scheme: 'minimum', statement: fw });
    expect(screen.getByRole('region', { name: 'Minimum Scheme fees' })).toHaveTextContent(
      'Fee category: Small connection up to 50 kVA',
    );
  });

  it('its Quotation Accuracy Scheme definitions, not 001’s', () => {
    const file = createDefaultEstimate('2030-05-01', '2030-05-01T09:00:00Z');
    render(FeesPanel, { file, scheme: 'minimum', statement: fw });
    const large = screen.getByRole('region', { name: 'Minimum Scheme fees' });
    expect(large).toHaveTextContent(
      'No: not a Simple Home Connection, so the Quotation Accuracy Scheme does not apply. FW §7.6',
    );
    noOtherStatement(large.textContent);
    expect(large.textContent).not.toMatch(/Single LV Service|Small Project/);

    cleanup();
    file.inputs.connection.importCapacityKva = '15';
    file.inputs.connection.pocVoltage = 'LV';
    file.inputs.connection.phases = 1;
    file.project.connections = 1;
    file.inputs.schemes.minimum.lines = [];
    render(FeesPanel, { file, scheme: 'minimum', statement: fw });
    const home = screen.getByRole('region', { name: 'Minimum Scheme fees' });
    expect(home).toHaveTextContent(
      'Yes: a Simple Home Connection, so the Quotation Accuracy Scheme applies. FW §7.6',
    );
    noOtherStatement(home.textContent);
  });

  it('its citations and figures on the details screen', () => {
    const editor = makeEditor();
    editor.statement = fw;
    render(DetailsForm, withEditor(editor));
    expect(
      screen.getByRole('group', { name: 'Left out of this estimate (FW §4.1)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('radiogroup', { name: 'What you are preparing for (FW §2.1)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Is the development speculative? (FW §4.9)' }),
    ).toBeInTheDocument();
    // Its own LV limit (a parameter), with its paragraph.
    expect(document.body.textContent).toMatch(
      /LV up to 500 kVA \(FW §2\.5\)|up to 500 kVA;[^(]*\(FW §2\.5\)/,
    );
    noOtherStatement(document.body.textContent);
  });

  it('its definitions in the glossary, or that it has none', async () => {
    const user = userEvent.setup();
    const editor = makeEditor();
    editor.statement = fw;
    render(Term, { props: { term: 'lv' }, ...withEditor(editor) });
    render(Term, { props: { term: 'hv' }, ...withEditor(editor) });
    for (const b of screen.getAllByRole('button', { name: /What does/ })) await user.click(b);
    const [lv, hv] = screen.getAllByRole('button', { name: /What does/ });
    expect(lv!.nextElementSibling).toHaveTextContent(
      'The statement: “any voltage up to 1,000 volts.” (FW §9)',
    );
    expect(hv!.nextElementSibling).toHaveTextContent(
      'Fenland Wires Ltd’s statement has no definition of it.',
    );
  });

  it('its worked examples in a group of their own', async () => {
    const index: StatementIndex = {
      format: 'connection-charging-statement-index',
      statements: [
        {
          id: fw.id,
          file: 'fenland-wires-2030.json',
          operator: fw.operator,
          version: fw.version,
          publicationDate: fw.publicationDate,
        },
      ],
    };
    const example: TemplateInfo = {
      id: 'fw-example-1',
      title: 'Example 1: a farm shop',
      citation: 'FW §8 Example 1',
      group: 'worked-example',
      statementId: fw.id,
      load: () => Promise.reject(new Error('not loaded here')),
    };
    render(TemplatePicker, {
      onload: () => {},
      onclose: () => {},
      templates: [example],
      loadIndex: () => Promise.resolve(index),
    });
    const group = await screen.findByRole('region', {
      name: 'Worked examples: Fenland Wires Ltd, Issue 3',
    });
    expect(within(group).getByRole('button', { name: /farm shop FW §8 Example 1/ })).toBeVisible();
  });
});
