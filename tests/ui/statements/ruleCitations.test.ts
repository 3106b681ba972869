// @vitest-environment jsdom
// Rule paragraphs on the editing screens come from the chosen statement: with SP Manweb's
// 2008 statement (002) the screens cite 002, and with Indigo Power's (001) they cite 001.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../src/engine';
import { EstimateEditor } from '../../../src/state/estimateEditor.svelte';
import type { StatementFile } from '../../../src/statements/types';
import { TEMPLATES } from '../../../src/templates';
import ExistingCapacityHelper from '../../../src/ui/details/ExistingCapacityHelper.svelte';
import PreviousWorksEditor from '../../../src/ui/rsn/PreviousWorksEditor.svelte';
import RsnEditor from '../../../src/ui/rsn/RsnEditor.svelte';
import { withEditor } from '../editorHarness';

const statementFile = (id: string) =>
  JSON.parse(
    readFileSync(resolve(process.cwd(), `public/statements/${id}.json`), 'utf8'),
  ) as StatementFile;

async function screensText(templateId: string, statementId: string): Promise<string> {
  const file = await TEMPLATES.find((t) => t.id === templateId)!.load();
  // An increase shows the Existing Capacity helper.
  file.inputs.connection.increase ??= {
    existing: {
      phases: 3,
      phaseNeutralKv: '0.23',
      fuseA: '100',
      serviceRatingKva: null,
      chargeableCapacityKva: null,
    },
    relatedIncreasesKva: null,
  };
  const editor = new EstimateEditor({
    file,
    today: '2025-11-23',
    compute: computeEstimate,
    statement: statementFile(statementId),
  });
  const options = { props: { scheme: 'minimum' as const }, ...withEditor(editor) };
  const views = [
    render(RsnEditor, options),
    render(PreviousWorksEditor, options),
    render(ExistingCapacityHelper, withEditor(editor)),
  ];
  const text = views.map((v) => v.container.textContent ?? '').join(' ');
  for (const v of views) v.unmount();
  return text;
}

describe('rule citations on the editing screens', () => {
  it('cite 002 with the SP Manweb statement, and never 001', async () => {
    const text = await screensText('spm-s4-1-ex-5', 'spm-2008');
    expect(text).toContain('002 §2.3.1');
    expect(text).toContain('002 §2.3.2');
    expect(text).not.toMatch(/001 §/);
  });

  it('cite 001 with the Indigo Power statement', async () => {
    const text = await screensText('ipr-ex-05', 'ipr-v1.7-2025');
    expect(text).toContain('001 §4.30');
    expect(text).toContain('001 §4.31');
    expect(text).toMatch(/5 years for connections before 6 April 2017, then 10 years/);
    expect(text).not.toMatch(/002 §/);
  });
});
