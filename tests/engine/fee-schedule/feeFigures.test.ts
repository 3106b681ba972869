// Today's fee classification of every shipped template, pinned so that giving lines their
// voltage as data (rather than read from their words) changes no fee: per scheme, the fee
// category, the highest voltage, the QAS definition met and the Part C row.
import { describe, expect, it } from 'vitest';
import { schemeFees } from '../../../src/engine/fee-schedule/schemeFees';
import { feeProject } from '../../../src/estimate-file/feeProject';
import type { EstimateFile } from '../../../src/estimate-file/types';
import { statementFile, templateFile } from '../../fixtures';

describe('fee classification of every template (unchanged)', () => {
  it.each([
    [
      'worked-examples/ipr-ex-01.json',
      'demand-lv-single-service LV Single LV Service Demand Connection A&D:001-C-01',
    ],
    ['worked-examples/ipr-ex-02a.json', 'demand-hv-up-to-250kva HV - A&D:001-C-08'],
    ['worked-examples/ipr-ex-02b-a.json', 'demand-hv-up-to-250kva HV - A&D:001-C-08'],
    ['worked-examples/ipr-ex-02b-b.json', 'demand-hv-up-to-250kva HV - A&D:001-C-08'],
    ['worked-examples/ipr-ex-02b-c.json', 'demand-hv-up-to-250kva HV - A&D:001-C-08'],
    ['worked-examples/ipr-ex-03a.json', 'demand-hv-250kva-1mva HV - A&D:001-C-09'],
    [
      'worked-examples/ipr-ex-03b.json',
      'demand-hv-250kva-1mva HV - A&D:001-C-09 | demand-hv-250kva-1mva HV - A&D:001-C-09',
    ],
    [
      'worked-examples/ipr-ex-03c.json',
      'demand-hv-250kva-1mva HV - A&D:001-C-09 | demand-hv-250kva-1mva HV - A&D:001-C-09',
    ],
    ['worked-examples/ipr-ex-03d.json', 'demand-hv-250kva-1mva HV - A&D:001-C-09'],
    ['worked-examples/ipr-ex-04.json', 'demand-hv-250kva-1mva HV - A&D:001-C-09'],
    ['worked-examples/ipr-ex-05.json', 'generation-hv-over-1mva HV - A&D:001-C-21'],
    // 132/33kV transformers: the highest voltage of the assets installed is 132kV (001 §7 Part B
    // Note 1); the 10–50 MVA row has no voltage, so the row is the same.
    ['worked-examples/ipr-ex-06.json', 'demand-10-50mva 132kV - A&D:001-C-13'],
    ['worked-examples/ipr-ex-07a.json', 'generation-ehv-up-to-10mva EHV - A&D:001-C-22'],
    ['worked-examples/ipr-ex-07b.json', 'generation-ehv-up-to-10mva EHV - A&D:001-C-22'],
    ['worked-examples/ipr-ex-08a.json', 'demand-hv-1-3mva HV - A&D:001-C-10'],
    ['worked-examples/ipr-ex-08b.json', 'demand-hv-1-3mva HV - A&D:001-C-10'],
    ['worked-examples/ipr-ex-08c.json', 'demand-hv-1-3mva HV - A&D:001-C-10'],
    ['worked-examples/ipr-ex-08d.json', 'demand-hv-1-3mva HV - A&D:001-C-10'],
    [
      'worked-examples/ipr-ex-09.json',
      'demand-hv-up-to-250kva HV - A&D:001-C-08 | demand-hv-up-to-250kva HV - A&D:001-C-08',
    ],
    [
      'worked-examples/ipr-ex-09c.json',
      'demand-hv-up-to-250kva HV - A&D:001-C-08 | demand-hv-up-to-250kva HV - A&D:001-C-08',
    ],
    ['worked-examples/ipr-ex-10.json', 'demand-ehv-3-10mva EHV - A&D:001-C-12'],
    ['worked-examples/ipr-ex-11.json', 'generation-ehv-up-to-10mva EHV - A&D:001-C-22'],
    // 33/11 kV transformers installed as reinforcement: the highest voltage of the assets is
    // 33 kV, EHV (001 §7 Part B Note 1), so the EHV row, not the HV one.
    ['worked-examples/ipr-ex-12.json', 'demand-ehv-3-10mva EHV - A&D:001-C-12'],
    ['worked-examples/ipr-ex-13.json', 'demand-hv-1-3mva HV - A&D:001-C-10'],
    ['worked-examples/ipr-ex-14.json', 'demand-hv-up-to-250kva HV - A&D:001-C-08'],
    ['worked-examples/spm-s4-1-ex-1.json', 'null HV - A&D:-'],
    ['worked-examples/spm-s4-1-ex-2.json', 'null HV - A&D:-'],
    ['worked-examples/spm-s4-1-ex-3.json', 'null HV - A&D:-'],
    ['worked-examples/spm-s4-1-ex-4.json', 'null LV - A&D:-'],
    ['worked-examples/spm-s4-1-ex-5.json', 'null EHV - A&D:-'],
    ['worked-examples/spm-s4-2-ex-1.json', 'null EHV - A&D:-'],
    ['worked-examples/spm-s4-2-ex-2.json', 'null HV - A&D:-'],
    ['worked-examples/spm-s4-2-ex-3.json', 'null HV - A&D:-'],
    ['worked-examples/spm-s4-2-ex-4.json', 'null HV - A&D:-'],
    ['starters/starter-commercial-lv.json', 'demand-lv-100-250kva LV - A&D:001-C-06'],
    ['starters/starter-housing-development.json', 'demand-lv-up-to-100kva LV - A&D:001-C-05'],
    ['starters/starter-hv-generator.json', 'generation-hv-250kva-1mva HV - A&D:001-C-20'],
    [
      'starters/starter-single-house.json',
      'demand-lv-single-service LV Single LV Service Demand Connection A&D:001-C-01',
    ],
  ] as const)('%s', (path, expected) => {
    const file = templateFile(path);
    expect(classify(file)).toBe(expected);
    // The lines carry their voltage as data: with every voltage taken out of their words, the
    // fees are the same.
    for (const scheme of [file.inputs.schemes.minimum, file.inputs.schemes.enhanced]) {
      for (const line of scheme?.lines ?? []) {
        line.description = line.description.replace(/\b\d+(\.\d+)?\s?kV\b|\bE?HV\b|\bLV\b/gi, '…');
      }
    }
    expect(classify(file)).toBe(expected);
  });
});

function classify(file: EstimateFile): string {
  const statement = statementFile(file.statementId);
  const schemes = [file.inputs.schemes.minimum, file.inputs.schemes.enhanced];
  const parts = schemes.flatMap((s) => {
    if (!s) return [];
    const r = schemeFees(file.inputs.connection, feeProject(file.project), s.lines, statement);
    if (!r.ok) return [`ERR ${r.reason}`];
    const c = r.classification;
    return [
      `${c.category} ${c.highestVoltage} ${c.qas.definition ?? '-'} A&D:${r.summary.assessmentAndDesign?.rowId ?? '-'}`,
    ];
  });
  return parts.join(' | ');
}
