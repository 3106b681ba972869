/**
 * What a newcomer sees on first load with nothing saved: a Quick estimate already answered
 * with sample answers (12 new homes with heat pumps, 40 m from the road across a verge), so
 * there is a figure at once and the questions that made it are on the same screen, labelled
 * as an example to change. The lines are what the guided build (src/quick) makes of these
 * answers under the Indigo Power statement (001 Parts C, F3, F5), written out here so the
 * first screen needs neither the statement nor the guided build to show them; a unit test
 * (tests/state/firstVisit.test.ts) checks they are exactly what the build makes today.
 */
import type { CostLineInput, IsoDate } from '../engine/types';
import { newEstimateFile } from '../estimate-file/newEstimateFile';
import type { QuickAnswers } from '../estimate-file/quickTypes';
import type { EstimateFile } from '../estimate-file/types';
import { defaultQuickAnswers } from '../quick/defaultQuickAnswers';
import { linesFingerprint } from '../quick/linesFingerprint';
import { newId } from './ids';

export const FIRST_VISIT_TITLE = 'Example: 12 new homes with heat pumps (Quick estimate)';

/** The sample answers: the first journey, worked by hand in the Quick estimate e2e. */
export const FIRST_VISIT_ANSWERS: Readonly<QuickAnswers> = Object.freeze({
  ...defaultQuickAnswers(),
  homes: '12',
  heating: 'heat-pump',
  distanceM: '40',
  surface: 'verge',
});

function statementLine(
  id: string,
  description: string,
  row: string,
  quantity: string,
  unit: string,
  [low, high]: [string, string],
  note: string,
): CostLineInput {
  const fee = row.startsWith('001-C-');
  return {
    id,
    description,
    statementItemId: row,
    quantity,
    unit,
    unitPrice: { kind: 'range', low, high, expected: null },
    contestable: !fee,
    kind: fee ? 'fee' : 'extension',
    assetLevel: fee ? null : 'lv-network',
    charging: { rule: 'full' },
    note: `${note}, row ${row}`,
  };
}

/** `now` is an ISO date-time supplied by the caller (the state never reads the clock). */
export function createFirstVisitEstimate(today: IsoDate, now: string): EstimateFile {
  const blank = newEstimateFile({
    now: new Date(now),
    statementId: 'ipr-v1.7-2025',
    id: newId('est'),
    reference: `EST-${today.slice(0, 4)}-0001`,
    title: FIRST_VISIT_TITLE,
  });
  const file: EstimateFile = {
    ...blank,
    project: {
      ...blank.project,
      connections: 12,
      premisesType: 'domestic',
      heating: 'heat-pump',
      notes: 'Built by the Quick estimate from plain answers: a first budget figure, not a quote.',
    },
    inputs: {
      ...blank.inputs,
      applicationDate: today,
      connection: {
        ...blank.inputs.connection,
        // 12 homes × 4.5 kVA after diversity (heat pump and EV charger), docs/quick-estimate.md.
        importCapacityKva: '54',
      },
      schemes: {
        minimum: {
          id: 'minimum',
          name: 'Minimum Scheme',
          lines: [
            statementLine(
              'quick-lv-main',
              'New LV main to and along the homes: first 10 m in unmade ground (95mm² or less cable)',
              '001-F5-04',
              '1',
              'each',
              ['977', '1460'],
              '001 §7.36 Part F5',
            ),
            statementLine(
              'quick-lv-main-metres',
              'Further metres of LV main',
              '001-F5-02',
              '140',
              'm',
              ['44', '66'],
              '001 §7.36 Part F5',
            ),
            statementLine(
              'quick-services',
              'Single-phase service to each home from the new main (up to 5 m)',
              '001-F3-01',
              '12',
              'each',
              ['970', '1460'],
              '001 §7.28 Part F3',
            ),
            statementLine(
              'quick-design',
              'Assessment and design: Other LV connection(s) with a total load up to 100kVA',
              '001-C-05',
              '1',
              'per application',
              ['0', '960'],
              '001 §7.16 Part C',
            ),
          ],
          rsns: [],
          previousWorks: [],
        },
        enhanced: null,
      },
    },
    quick: { answers: { ...FIRST_VISIT_ANSWERS }, builtFingerprint: null },
  };
  file.quick!.builtFingerprint = linesFingerprint(file.inputs);
  return file;
}

/** Whether the file is still the first visit's example: its title and sample answers, unchanged. */
export function isFirstVisitExample(file: EstimateFile): boolean {
  const answers = file.quick?.answers;
  if (file.title !== FIRST_VISIT_TITLE || !answers) return false;
  return (Object.keys(FIRST_VISIT_ANSWERS) as (keyof QuickAnswers)[]).every(
    (key) => answers[key] === FIRST_VISIT_ANSWERS[key],
  );
}
