/**
 * SP Manweb 2008 statement (document 002) as data: shape, row counts, stable ids and spot
 * values checked against figures read from the document by hand (002 Sch 1–3, §3.4,
 * §4.10.3, §5.3.2). Every literal here was copied from the document, never from the JSON.
 */
import type { StatementParameterKey } from '../../src/statements/statementParameterKeys';
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { statementFileSchema } from '../../src/statements/schema';
import { validateStatement } from '../../src/statements/validateStatement';
import type {
  PriceCell,
  PriceFactors,
  PriceUnit,
  StatementFile,
  StatementRow,
  StatementTable,
} from '../../src/statements/types';

const raw = readFileSync(new URL('../../public/statements/spm-2008.json', import.meta.url), 'utf8');
const file = JSON.parse(raw) as StatementFile;

// The units and factors the statement types allow (src/statements/types.ts); the schema
// validator below checks the full shape, these checks keep working without it.
const UNITS: readonly string[] = [
  'each',
  'm',
  'km',
  'per visit',
  'per plot',
  'per hour',
  'per day',
  'per lamp',
  'per application',
  'per kVA',
  'percent',
] satisfies readonly PriceUnit[];
// Only the factors 002's tables distinguish (area, time, voltage, phases).
const FACTOR_VALUES: Partial<Record<keyof PriceFactors, readonly unknown[]>> = {
  area: ['rural', 'urban'] satisfies PriceFactors['area'][],
  time: ['normal', 'prime'] satisfies PriceFactors['time'][],
  voltage: ['LV', 'HV', 'EHV', '132kV'] satisfies PriceFactors['voltage'][],
  phases: [1, 3] satisfies PriceFactors['phases'][],
};
const MONEY = /^\d+\.\d{2}$/;

function table(id: string): StatementTable {
  const t = file.tables.find((x) => x.id === id);
  if (!t) throw new Error(`table ${id} is missing`);
  return t;
}
function row(id: string): StatementRow {
  for (const t of file.tables) {
    const r = t.rows.find((x) => x.id === id);
    if (r) return r;
  }
  throw new Error(`row ${id} is missing`);
}
/** The single published figure of a row (min = max), as a string. */
function single(cell: PriceCell): string {
  if (cell.poa) throw new Error('expected a price, found POA');
  expect(cell.max).toBe(cell.min);
  return cell.min;
}
function extraOf(id: string, index = 0): string {
  const e = row(id).extra?.[index];
  if (!e) throw new Error(`row ${id} has no extra price ${index}`);
  return single(e.price);
}

function expectCell(cell: unknown, where: string): void {
  expect(cell, where).toBeTypeOf('object');
  const c = cell as Record<string, unknown>;
  if (c.poa === true) {
    expect(c.min ?? null, `${where}: POA has no min`).toBeNull();
    expect(c.max ?? null, `${where}: POA has no max`).toBeNull();
    for (const bound of ['from', 'upTo'] as const)
      if (c[bound] != null) expect(c[bound], `${where}: ${bound}`).toMatch(MONEY);
    return;
  }
  expect(c.poa ?? false, where).toBe(false);
  expect(c.min, `${where}: min`).toMatch(MONEY);
  expect(c.max, `${where}: max`).toMatch(MONEY);
  expect(new Decimal(c.min as string).lte(c.max as string), `${where}: min ≤ max`).toBe(true);
}

describe('002 statement file: shape', () => {
  it('names itself', () => {
    expect(file.format).toBe('connection-charging-statement');
    expect(file.formatVersion).toBe(1);
    expect(file.id).toBe('spm-2008');
    expect(file.rules.statementId).toBe(file.id);
    expect(file.citationPrefix).toBe('002');
    expect(file.currency).toBe('GBP');
    expect(file.pricesExcludeVat).toBe(true);
    expect(file.publicationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof file.operator).toBe('string');
    expect(typeof file.title).toBe('string');
    expect(typeof file.version).toBe('string');
    expect(Array.isArray(file.tables)).toBe(true);
  });

  it('keeps the O&M annuity values marked as assumptions (002 §2.1(e) publishes the method only)', () => {
    expect(file.rules.om.method).toBe('annuity');
    expect(file.rules.om.citation).toContain('002 §2.1(e)');
    expect(file.rules.om.citation).toMatch(/assumption/i);
  });

  it('every table and row has the required fields with allowed values', () => {
    for (const t of file.tables) {
      expect(t.id, 'table id').toMatch(/^002-S[123]/);
      expect(t.title.length, `${t.id} title`).toBeGreaterThan(0);
      expect(['fees', 'prices', 'other']).toContain(t.kind);
      expect(t.citation, `${t.id} citation`).toMatch(/^002 Sch [123]\b/);
      expect(t.rows.length, `${t.id} rows`).toBeGreaterThan(0);
      for (const r of t.rows) {
        const where = `${t.id}/${r.id}`;
        expect(r.id.startsWith(`${t.id}-`), `${where}: id carries its table id`).toBe(true);
        expect(r.description.trim().length, `${where} description`).toBeGreaterThan(0);
        expect(UNITS, `${where} unit`).toContain(r.unit);
        expectCell(r.price, where);
        for (const [i, e] of (r.extra ?? []).entries()) {
          expect(e.label.length, `${where} extra ${i} label`).toBeGreaterThan(0);
          expect(UNITS, `${where} extra ${i} unit`).toContain(e.unit);
          expectCell(e.price, `${where} extra ${i}`);
        }
        for (const [k, v] of Object.entries(r.factors ?? {})) {
          const allowed = FACTOR_VALUES[k as keyof PriceFactors];
          expect(allowed, `${where}: unknown factor ${k}`).toBeDefined();
          expect(allowed, `${where}: factor ${k}`).toContain(v);
        }
        expect([true, false, null, undefined], `${where} contestable`).toContain(r.contestable);
      }
    }
  });

  it('every row has a citation naming its schedule and table', () => {
    for (const t of file.tables) {
      const schedule = /^002-S([123])/.exec(t.id)?.[1];
      for (const r of t.rows) {
        expect(r.citation, r.id).toMatch(new RegExp(`^002 Sch ${schedule}, '[^']+'`));
      }
    }
  });

  it('every parameter has a value and a 002 citation', () => {
    const params = Object.entries(file.parameters ?? {});
    expect(params.length).toBeGreaterThan(0);
    for (const [key, p] of params) {
      expect(['string', 'number', 'boolean'], key).toContain(typeof p.value);
      expect(p.citation, key).toMatch(/^002 /);
    }
  });

  it('passes the project schema and validator', () => {
    const parsed = statementFileSchema.safeParse(JSON.parse(raw));
    expect(parsed.error ?? null).toBeNull();
    const result = validateStatement(JSON.parse(raw));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('002 tables: rows counted from the document', () => {
  // Schedule 1 LV: 6 items, three of them printed as one rural–urban range (2 rows each).
  // Schedule 1 HV: 5 items, three printed as rural–urban ranges. Applications: 5 fee bands and
  // the two "up to 50%" discounts. Schedule 2: 7 joints and 5 make-offs at normal and prime
  // time, and 3 visit charges at normal time only. Schedule 3: 9 design approval, 11
  // inspection & monitoring and 4 witness-of-testing lines.
  it.each([
    ['002-S1-LV', 9],
    ['002-S1-HV', 8],
    ['002-S1-AF', 7],
    ['002-S2', 27],
    ['002-S3-DA', 9],
    ['002-S3-IM', 11],
    ['002-S3-WT', 4],
  ])('%s has %i rows', (id, count) => {
    expect(table(id).rows).toHaveLength(count);
  });

  it('holds exactly these tables', () => {
    expect(file.tables.map((t) => t.id)).toEqual([
      '002-S1-LV',
      '002-S1-HV',
      '002-S1-AF',
      '002-S2',
      '002-S3-DA',
      '002-S3-IM',
      '002-S3-WT',
    ]);
  });

  it('row ids are unique and stable', () => {
    const ids = file.tables.flatMap((t) => t.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      '002-S1-LV-01',
      '002-S1-LV-02',
      '002-S1-LV-03',
      '002-S1-LV-04-rural',
      '002-S1-LV-04-urban',
      '002-S1-LV-05-rural',
      '002-S1-LV-05-urban',
      '002-S1-LV-06-rural',
      '002-S1-LV-06-urban',
      '002-S1-HV-01-rural',
      '002-S1-HV-01-urban',
      '002-S1-HV-02-rural',
      '002-S1-HV-02-urban',
      '002-S1-HV-03',
      '002-S1-HV-04-rural',
      '002-S1-HV-04-urban',
      '002-S1-HV-05',
      '002-S1-AF-01',
      '002-S1-AF-02',
      '002-S1-AF-03',
      '002-S1-AF-04',
      '002-S1-AF-05',
      '002-S1-AF-06',
      '002-S1-AF-07',
      '002-S2-01-normal',
      '002-S2-01-prime',
      '002-S2-02-normal',
      '002-S2-02-prime',
      '002-S2-03-normal',
      '002-S2-03-prime',
      '002-S2-04-normal',
      '002-S2-04-prime',
      '002-S2-05-normal',
      '002-S2-05-prime',
      '002-S2-06-normal',
      '002-S2-06-prime',
      '002-S2-07-normal',
      '002-S2-07-prime',
      '002-S2-08-normal',
      '002-S2-08-prime',
      '002-S2-09-normal',
      '002-S2-09-prime',
      '002-S2-10-normal',
      '002-S2-10-prime',
      '002-S2-11-normal',
      '002-S2-11-prime',
      '002-S2-12-normal',
      '002-S2-12-prime',
      '002-S2-13-normal',
      '002-S2-14-normal',
      '002-S2-15-normal',
      '002-S3-DA-01',
      '002-S3-DA-02',
      '002-S3-DA-03',
      '002-S3-DA-04',
      '002-S3-DA-05',
      '002-S3-DA-06',
      '002-S3-DA-07',
      '002-S3-DA-08',
      '002-S3-DA-09',
      '002-S3-IM-01',
      '002-S3-IM-02',
      '002-S3-IM-03',
      '002-S3-IM-04',
      '002-S3-IM-05',
      '002-S3-IM-06',
      '002-S3-IM-07',
      '002-S3-IM-08',
      '002-S3-IM-09',
      '002-S3-IM-10',
      '002-S3-IM-11',
      '002-S3-WT-01',
      '002-S3-WT-02',
      '002-S3-WT-03',
      '002-S3-WT-04',
    ]);
  });
});

describe('002 Schedule 1 spot values', () => {
  it('LV service lines: base from–to plus per-metre from–to', () => {
    const s = row('002-S1-LV-01');
    expect(s.unit).toBe('each');
    expect(s.price).toEqual({ min: '743.00', max: '2234.00' });
    expect(s.extra?.[0]?.unit).toBe('m');
    expect(s.extra?.[0]?.price).toEqual({ min: '21.00', max: '91.00' });
    const three = row('002-S1-LV-02');
    expect(three.factors?.phases).toBe(3);
    expect(three.price).toEqual({ min: '827.00', max: '2318.00' });
    expect(three.extra?.[0]?.price).toEqual({ min: '25.00', max: '95.00' });
    expect(row('002-S1-LV-03').extra?.[0]?.price).toEqual({ min: '35.00', max: '128.00' });
  });

  it('LV per-km items by area', () => {
    const rural = row('002-S1-LV-04-rural');
    expect(rural.unit).toBe('km');
    expect(rural.factors).toEqual({ area: 'rural', voltage: 'LV' });
    expect(single(rural.price)).toBe('28541.00');
    expect(single(row('002-S1-LV-04-urban').price)).toBe('103496.00');
    expect(single(row('002-S1-LV-05-rural').price)).toBe('3769.00');
    expect(single(row('002-S1-LV-06-urban').price)).toBe('6244.00');
    expect(row('002-S1-LV-06-urban').factors?.area).toBe('urban');
  });

  it('HV items', () => {
    expect(single(row('002-S1-HV-01-rural').price)).toBe('28500.00');
    expect(single(row('002-S1-HV-01-urban').price)).toBe('90922.00');
    expect(single(row('002-S1-HV-02-urban').price)).toBe('140975.00');
    // "From £13,667": a minimum with no upper figure, so POA for estimating with the figure kept.
    expect(row('002-S1-HV-03').price).toEqual({ poa: true, from: '13667.00' });
    expect(single(row('002-S1-HV-04-rural').price)).toBe('385000.00');
    expect(single(row('002-S1-HV-04-urban').price)).toBe('800000.00');
    expect(row('002-S1-HV-05').price).toEqual({ poa: true, from: '190000.00' });
    expect(row('002-S1-HV-04-urban').unit).toBe('each');
  });

  it('application fees by voltage and MW, with the up-to-50% discounts', () => {
    const expected: [string, string, PriceFactors['voltage']][] = [
      ['002-S1-AF-01', '5000.00', 'HV'],
      ['002-S1-AF-02', '7500.00', 'EHV'],
      ['002-S1-AF-03', '10000.00', 'EHV'],
      ['002-S1-AF-04', '20000.00', '132kV'],
      ['002-S1-AF-05', '30000.00', '132kV'],
    ];
    for (const [id, fee, voltage] of expected) {
      expect(single(row(id).price), id).toBe(fee);
      expect(row(id).unit).toBe('per application');
      expect(row(id).factors?.voltage).toBe(voltage);
    }
    expect(row('002-S1-AF-02').description).toMatch(/up to 30 MW/);
    expect(row('002-S1-AF-05').description).toMatch(/>100 MW/);
    for (const id of ['002-S1-AF-06', '002-S1-AF-07']) {
      expect(row(id).unit).toBe('percent');
      expect(row(id).price).toEqual({ min: '0.00', max: '50.00' });
    }
    expect(row('002-S1-AF-06').description).toMatch(/additional offers/);
    expect(row('002-S1-AF-07').description).toMatch(/modifications to existing connections/);
  });
});

describe('002 Schedule 2 spot values', () => {
  it('joints at normal and prime time, with the subsequent-joint rate', () => {
    expect(single(row('002-S2-01-normal').price)).toBe('392.00');
    expect(extraOf('002-S2-01-normal')).toBe('294.00');
    expect(single(row('002-S2-01-prime').price)).toBe('569.00');
    expect(extraOf('002-S2-01-prime')).toBe('427.00');
    expect(extraOf('002-S2-02-normal')).toBe('389.25');
    expect(single(row('002-S2-04-prime').price)).toBe('813.00');
    expect(extraOf('002-S2-04-prime')).toBe('609.75');
    expect(extraOf('002-S2-07-prime')).toBe('276.75');
    expect(row('002-S2-07-prime').factors?.time).toBe('prime');
    expect(row('002-S2-07-normal').factors?.time).toBe('normal');
  });

  it('make-offs have no subsequent rate', () => {
    expect(single(row('002-S2-08-normal').price)).toBe('1066.00');
    expect(single(row('002-S2-09-normal').price)).toBe('1081.00');
    expect(single(row('002-S2-10-prime').price)).toBe('1490.00');
    expect(single(row('002-S2-12-prime').price)).toBe('745.00');
    expect(row('002-S2-12-prime').extra).toBeUndefined();
  });

  it('abortive and third-party visits at normal time', () => {
    expect(row('002-S2-13-normal').unit).toBe('per hour');
    expect(single(row('002-S2-13-normal').price)).toBe('129.00');
    expect(single(row('002-S2-14-normal').price)).toBe('66.00');
    expect(row('002-S2-15-normal').unit).toBe('per visit');
    expect(single(row('002-S2-15-normal').price)).toBe('66.00');
  });

  it('the subsequent rate is 75 % of the full rate except the one printed figure (427.00)', () => {
    const off: string[] = [];
    for (const r of table('002-S2').rows) {
      const sub = r.extra?.[0];
      if (!sub || r.price.poa || sub.price.poa) continue;
      if (!new Decimal(r.price.min).times('0.75').eq(sub.price.min)) off.push(r.id);
    }
    expect(off).toEqual(['002-S2-01-prime']);
  });

  it('is non-contestable work', () => {
    for (const r of table('002-S2').rows) expect(r.contestable, r.id).toBe(false);
  });
});

describe('002 Schedule 3 spot values', () => {
  it('design approval by plots and kVA', () => {
    expect(single(row('002-S3-DA-01').price)).toBe('250.00');
    expect(row('002-S3-DA-01').description).toMatch(/Up to 20 plots/);
    expect(single(row('002-S3-DA-02').price)).toBe('350.00');
    expect(single(row('002-S3-DA-04').price)).toBe('500.00');
    expect(single(row('002-S3-DA-07').price)).toBe('400.00');
    expect(row('002-S3-DA-07').description).toMatch(/151kVA to 500kVA/);
    expect(single(row('002-S3-DA-09').price)).toBe('4200.00');
  });

  it('inspection & monitoring by plots and level', () => {
    expect(row('002-S3-IM-01').unit).toBe('per plot');
    expect(row('002-S3-IM-01').activity).toBe('Inspection & Monitoring – Level 1');
    expect(row('002-S3-IM-07').activity).toMatch(
      /One off commercial industrial connections HV\/LV/,
    );
    expect(single(row('002-S3-IM-01').price)).toBe('30.00');
    expect(single(row('002-S3-IM-02').price)).toBe('20.00');
    expect(single(row('002-S3-IM-03').price)).toBe('5000.00');
    expect(single(row('002-S3-IM-04').price)).toBe('600.00');
    expect(single(row('002-S3-IM-08').price)).toBe('100.00');
    expect(single(row('002-S3-IM-09').price)).toBe('25.00');
    expect(single(row('002-S3-IM-10').price)).toBe('65.00');
    expect(single(row('002-S3-IM-11').price)).toBe('7100.00');
  });

  it('witness of testing', () => {
    expect(single(row('002-S3-WT-01').price)).toBe('700.00');
    expect(single(row('002-S3-WT-02').price)).toBe('350.00');
    expect(single(row('002-S3-WT-03').price)).toBe('9400.00');
    expect(single(row('002-S3-WT-04').price)).toBe('170.00');
  });

  it('is non-contestable work', () => {
    for (const id of ['002-S3-DA', '002-S3-IM', '002-S3-WT'])
      for (const r of table(id).rows) expect(r.contestable, r.id).toBe(false);
  });
});

describe('002 parameters', () => {
  const p = (key: StatementParameterKey) => {
    const v = file.parameters?.[key];
    if (!v) throw new Error(`parameter ${key} is missing`);
    return v;
  };

  it('§5.3.2 NRSWA diversion discounts: 7.5 % / 18 % / 75 % up front / £100 reconciliation', () => {
    expect(new Decimal(String(p('nrswaTransportDiscount').value)).times(100).eq('7.5')).toBe(true);
    expect(new Decimal(String(p('nrswaHighwayBridgeDiscount').value)).times(100).eq('18')).toBe(
      true,
    );
    expect(new Decimal(String(p('nrswaUpFrontShare').value)).times(100).eq('75')).toBe(true);
    expect(p('nrswaReconciliationThreshold').value).toBe('100.00');
    for (const k of [
      'nrswaTransportDiscount',
      'nrswaHighwayBridgeDiscount',
      'nrswaUpFrontShare',
      'nrswaReconciliationThreshold',
    ] as const)
      expect(p(k).citation).toBe('002 §5.3.2');
  });

  it('§4.10.3 land-rights fee and §3.4 validity-extension fee', () => {
    expect(p('landRightsFee').value).toBe('200.00');
    expect(p('landRightsFee').citation).toBe('002 §4.10.3');
    expect(p('validityExtensionFee').value).toBe('250.00');
    expect(p('validityExtensionFee').citation).toBe('002 §3.4');
  });

  it('quote validity and timescales', () => {
    expect(p('offerValidityMonths')).toMatchObject({ value: 3, unit: 'months' });
    expect(p('nonContestableQuoteValidityMonths')).toMatchObject({
      value: 3,
      citation: '002 §4.7',
    });
    expect(p('designApprovalWorkingDays')).toMatchObject({ value: 10, unit: 'working days' });
    expect(p('generatorOfferTimescaleDays').value).toBe(90);
    expect(p('nonContestableQuoteWorkingDaysMin').value).toBe(15);
    expect(p('nonContestableQuoteWorkingDaysMax').value).toBe(20);
    expect(p('secondComerPeriodYears').value).toBe(5);
  });
});
