// Small estimates for the comparison tests, computed through the real engine.
import type {
  CostLineInput,
  EstimateInput,
  EstimateResult,
  RuleParameters,
} from '../../src/engine';
import type { EstimateFile } from '../../src/estimate-file/types';
import type { StatementFile } from '../../src/statements/types';
import { findTemplate } from '../../src/templates';
import { computeOk, costLine, statementFile } from '../fixtures';

export const iprStatement: StatementFile = statementFile('ipr-v1.7-2025');
export const ipr: RuleParameters = iprStatement.rules;

export async function template(id: string): Promise<EstimateFile> {
  const info = findTemplate(id);
  if (!info) throw new Error(`no template ${id}`);
  return info.load();
}

export const compute = (input: EstimateInput, rules: RuleParameters = ipr): EstimateResult =>
  computeOk(input, rules);

/** A fixed-price LV extension line named by its id (tests/fixtures' cost line). */
export const fixed = (id: string, amount: string, extra: Partial<CostLineInput> = {}) =>
  costLine({ id, description: id, unit: 'lot', assetLevel: 'lv-network', amount, ...extra });

export function reinforcement(id: string, amount: string, rsnId: string): CostLineInput {
  return fixed(id, amount, {
    kind: 'reinforcement',
    contestable: false,
    assetLevel: 'hv-lv-substation',
    charging: { rule: 'apportioned', rsnId },
  });
}

/**
 * 100 kVA at LV. Minimum: a £10,000 transformer on a 500 kVA section (CAF 20 %) and a
 * £1,500 contestable service. Enhanced (operator's): a £50,000 transformer on a 1,000 kVA
 * section (CAF 10 %) and the same service: £5,000 + £1,500, more than the minimum.
 */
export function operatorCostsMore(): EstimateInput {
  return {
    applicationDate: '2022-06-01',
    connection: {
      type: 'demand',
      importCapacityKva: '100',
      pocVoltage: 'LV',
      phases: 3,
      isTemporary: false,
      isSpeculative: false,
    },
    schemes: {
      minimum: {
        id: 'minimum',
        name: 'Minimum',
        lines: [
          reinforcement('min-tx', '10000', 'rsn-min'),
          fixed('min-service', '1500'),
          fixed('min-main', '40', { description: 'LV main', unit: 'm', quantity: '50' }),
        ],
        rsns: [
          {
            id: 'rsn-min',
            name: 'Transformer 500 kVA',
            driver: 'security',
            capacity: { method: 'direct', newNetworkCapacityKva: '500' },
          },
        ],
        previousWorks: [],
      },
      enhanced: {
        id: 'enhanced',
        name: 'Enhanced',
        lines: [
          reinforcement('enh-tx', '50000', 'rsn-enh'),
          fixed('enh-service', '1500'),
          fixed('enh-main', '40', { description: 'LV main', unit: 'm', quantity: '50' }),
        ],
        rsns: [
          {
            id: 'rsn-enh',
            name: 'Transformer 1000 kVA',
            driver: 'security',
            capacity: { method: 'direct', newNetworkCapacityKva: '1000' },
          },
        ],
        previousWorks: [],
      },
    },
    enhancement: { requestedBy: 'operator' },
  };
}

/** An estimate file around `inputs`, as the editor would hold it. */
export function fileOf(inputs: EstimateInput, connections = 1): EstimateFile {
  return {
    format: 'connection-estimate',
    version: 3,
    id: 'test-file',
    reference: 'EST-TEST',
    title: 'Test estimate',
    status: 'draft',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    statementId: 'ipr-v1.7-2025',
    project: {
      applicant: { name: '', organisation: '', email: '', phone: '' },
      site: { address: '', postcode: '' },
      quoteType: 'budget',
      connections,
      premisesType: 'commercial',
      heating: 'unknown',
      dateRequired: null,
      disturbingEquipment: { present: false, notes: '' },
      icpDoesContestable: true,
      notes: '',
    },
    inputs,
  };
}
