// Mismatches between an estimate's Details and its scheme, with one-click fixes.
import { describe, expect, it } from 'vitest';
import type { EstimateFile } from '../../src/estimate-file/types';
import { detailsMismatches } from '../../src/quick/detailsMismatches';
import starter from '../../src/templates/starters/starter-housing-development.json';

const housing = (): EstimateFile => structuredClone(starter) as EstimateFile;

describe('detailsMismatches', () => {
  it('finds none in the housing starter as shipped (30 homes, 30 services, heating not known)', () => {
    expect(detailsMismatches(housing())).toEqual([]);
  });

  it('says “30 services for 12 homes” and “75 kVA for 12 heat-pump homes”, and fixes both', () => {
    const file = housing();
    file.project.connections = 12;
    file.project.heating = 'heat-pump';
    const found = detailsMismatches(file);
    expect(found.map((m) => m.message)).toEqual([
      'The Minimum Scheme has 30 services for 12 homes.',
      'The Required Capacity is 75 kVA for 12 heat-pump homes; the Quick estimate’s per-home figures give 54 kVA (12 × 4.5 kVA = 54 kVA, an EV charger per home assumed).',
    ]);
    for (const m of found) m.fix(file);
    expect(file.inputs.schemes.minimum.lines.find((l) => l.id === 'services')?.quantity).toBe('12');
    expect(file.inputs.connection.importCapacityKva).toBe('54');
    expect(detailsMismatches(file)).toEqual([]);
  });

  it('leaves non-domestic estimates and increases alone', () => {
    const file = housing();
    file.project.connections = 12;
    file.project.premisesType = 'commercial';
    expect(detailsMismatches(file)).toEqual([]);
  });
});
