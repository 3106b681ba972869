/**
 * Where an estimate's scheme no longer matches its Details: a service count that is not the
 * number of homes ("30 services for 12 homes"), or a Required Capacity that is not what the
 * Quick estimate's cited per-home figures give for those homes and their heating ("75 kVA for
 * 12 heat-pump homes"). Each comes with the edit that fixes it. Pure.
 */
import type { EstimateFile } from '../estimate-file/types';
import { defaultQuickAnswers } from './buildQuickEstimate';
import { quickCapacity } from './quickCapacity';
import type { QuickAnswers } from './types';

/** Statement rows priced per home's service (001 Parts F1, F3; 002 Schedule 1). */
export const SERVICE_ROWS: ReadonlySet<string> = new Set([
  '001-F1-01',
  '001-F1-02',
  '001-F1-03',
  '001-F1-08',
  '001-F1-09',
  '001-F1-10',
  '001-F3-01',
  '001-F3-05',
  '002-S1-LV-01',
  '002-S1-LV-02',
]);

export interface DetailsMismatch {
  id: 'services' | 'capacity';
  message: string;
  /** What the one-click fix does, as a button label. */
  fixLabel: string;
  fix: (file: EstimateFile) => void;
}

const HEATING: Record<string, QuickAnswers['heating'] | null> = {
  'non-electric': 'gas',
  electric: 'direct-electric',
  'heat-pump': 'heat-pump',
  unknown: null,
};
const HEATING_WORDS: Record<string, string> = {
  'non-electric': 'gas-heated',
  electric: 'electrically heated',
  'heat-pump': 'heat-pump',
};

export function detailsMismatches(file: EstimateFile): DetailsMismatch[] {
  const out: DetailsMismatch[] = [];
  const { project, inputs } = file;
  const homes = project.connections;
  if (project.premisesType !== 'domestic' || !Number.isInteger(homes) || homes < 1) return out;
  const services = inputs.schemes.minimum.lines.filter(
    (l) => l.statementItemId && SERVICE_ROWS.has(l.statementItemId) && l.unit === 'each',
  );
  const count = services.reduce((n, l) => n + Number(l.quantity || 0), 0);
  if (services.length > 0 && count !== homes) {
    out.push({
      id: 'services',
      message: `The Minimum Scheme has ${count} service${count === 1 ? '' : 's'} for ${homes} home${homes === 1 ? '' : 's'}.`,
      fixLabel: `Make it ${homes} service${homes === 1 ? '' : 's'}`,
      fix: (f) => {
        const lines = f.inputs.schemes.minimum.lines.filter(
          (l) => l.statementItemId && SERVICE_ROWS.has(l.statementItemId) && l.unit === 'each',
        );
        lines.forEach((l, i) => (l.quantity = i === 0 ? String(homes) : '0'));
      },
    });
  }
  const heating = HEATING[project.heating];
  const conn = inputs.connection;
  if (heating && conn.type === 'demand' && !conn.increase) {
    const ev = file.quick?.answers.evPerHome ?? 'unknown';
    const cap = quickCapacity(
      {
        ...defaultQuickAnswers(),
        evPerHome: ev,
        kind: 'homes',
        homes: String(homes),
        heating,
        // Only the figures are used here, not their sources.
      },
      null,
    );
    if (cap.ok && Number(cap.capacity.kva) !== Number(conn.importCapacityKva)) {
      const kva = cap.capacity.kva;
      out.push({
        id: 'capacity',
        message: `The Required Capacity is ${conn.importCapacityKva} kVA for ${homes} ${HEATING_WORDS[project.heating]} home${homes === 1 ? '' : 's'}; the Quick estimate’s per-home figures give ${kva} kVA (${cap.capacity.trace.at(-1)?.formula ?? ''}, ${ev === 'no' ? 'no EV chargers' : ev === 'yes' ? 'an EV charger per home' : 'an EV charger per home assumed'}).`,
        fixLabel: `Use ${kva} kVA`,
        fix: (f) => {
          f.inputs.connection.importCapacityKva = kva;
        },
      });
    }
  }
  return out;
}
