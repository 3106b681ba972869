// Today's Quotation Accuracy Scheme figures, pinned so that moving the arithmetic into the
// engine and the definitions into the statement file changes none: each F1/F2 row's band for
// 2.5 units, and for every shipped template the definition met, the highest voltage, whether
// the work extends the LV network, its F1/F2 items' bands and the verdict on a £2,500 quote.
import { describe, expect, it } from 'vitest';
import {
  decideQas,
  qasFactsFromEstimate,
  qasLinksFromEstimate,
  qasRowIndex,
} from '../../src/guidance/qasConnection';
import { itemBand } from '../../src/engine/quoteAccuracy';
import { checkQuoteAccuracy, qasParametersFromStatement } from '../../src/guidance/quoteAccuracy';
import { statementFile, templateFile } from '../fixtures';

const ipr = statementFile('ipr-v1.7-2025');

describe('each F1/F2 row’s band for 2.5 units (unchanged)', () => {
  const rows = qasRowIndex(ipr);
  it.each([
    ['001-F1-01', '5875.00', '9050.00'],
    ['001-F1-02', '3200.00', '4850.00'],
    ['001-F1-03', '8500.00', '12875.00'],
    ['001-F1-04', '675.00', '1000.00'],
    ['001-F1-05', '137.50', '200.00'],
    ['001-F1-06', '850.00', '1250.00'],
    ['001-F1-07', '37.50', '50.00'],
    ['001-F1-08', '6325.00', '9500.00'],
    ['001-F1-09', '5250.00', '7875.00'],
    ['001-F1-10', '9000.00', '13500.00'],
    ['001-F1-11', '450.00', '650.00'],
    ['001-F1-12', '225.00', '350.00'],
    ['001-F1-13', '925.00', '1400.00'],
    ['001-F1-14', '37.50', '50.00'],
    ['001-F1-15', '4000.00', '6000.00'],
    ['001-F1-16', '12000.00', '18300.00'],
    ['001-F1-17', '8400.00', '12600.00'],
    ['001-F1-18', '15500.00', '23000.00'],
    ['001-F1-19', '100.00', '150.00'],
    ['001-F1-20', '225.00', '700.00'],
    ['001-F1-21', '275.00', '400.00'],
    ['001-F1-22', '975.00', '1450.00'],
    ['001-F1-23', '37.50', '50.00'],
    ['001-F2-01', '6500.00', '9750.00'],
    ['001-F2-02', '4750.00', '7150.00'],
    ['001-F2-03', '6500.00', '9750.00'],
    ['001-F2-04', '9150.00', '13700.00'],
    ['001-F2-05', '100.00', '150.00'],
    ['001-F2-06', '225.00', '350.00'],
    ['001-F2-07', '450.00', '650.00'],
    ['001-F2-08', '950.00', '1400.00'],
    ['001-F2-09', '7125.00', '10700.00'],
    ['001-F2-10', '5875.00', '8800.00'],
    ['001-F2-11', '6950.00', '10425.00'],
    ['001-F2-12', '9600.00', '14500.00'],
    ['001-F2-13', '225.00', '350.00'],
    ['001-F2-14', '225.00', '350.00'],
    ['001-F2-15', '450.00', '650.00'],
    ['001-F2-16', '925.00', '1400.00'],
  ] as const)('%s', (id, low, high) => {
    const row = rows.get(id)!;
    const band = itemBand({
      quantity: '2.5',
      min: row.price.poa ? null : row.price.min,
      max: row.price.poa ? null : row.price.max,
    });
    expect(band).toEqual(low === null ? null : { low, high });
  });
  it('covers every row of the tables', () => expect(rows.size).toBe(39));
});

describe('the quote check of every template (unchanged)', () => {
  it.each([
    ['worked-examples/ipr-ex-01.json', 'Single LV Service Demand Connection', 'LV', false, '', '-'],
    ['worked-examples/ipr-ex-02a.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-02b-a.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-02b-b.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-02b-c.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-03a.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-03b.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-03c.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-03d.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-04.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-05.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-06.json', null, '132kV', false, '', '-'],
    ['worked-examples/ipr-ex-07a.json', null, 'EHV', false, '', '-'],
    ['worked-examples/ipr-ex-07b.json', null, 'EHV', false, '', '-'],
    ['worked-examples/ipr-ex-08a.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-08b.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-08c.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-08d.json', null, 'HV', true, '', '-'],
    ['worked-examples/ipr-ex-09.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-09c.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-10.json', null, 'EHV', false, '', '-'],
    ['worked-examples/ipr-ex-11.json', null, 'EHV', false, '', '-'],
    ['worked-examples/ipr-ex-12.json', null, 'EHV', false, '', '-'],
    ['worked-examples/ipr-ex-13.json', null, 'HV', false, '', '-'],
    ['worked-examples/ipr-ex-14.json', null, 'HV', true, '', '-'],
    ['worked-examples/spm-s4-1-ex-1.json', null, 'HV', false, '', '-'],
    ['worked-examples/spm-s4-1-ex-2.json', null, 'HV', false, '', '-'],
    ['worked-examples/spm-s4-1-ex-3.json', null, 'HV', false, '', '-'],
    // 002 has no Quotation Accuracy Scheme, so no definition of 001 §7.7 is met under it
    // (before the definitions were the statement's data, 001's were applied to every statement).
    ['worked-examples/spm-s4-1-ex-4.json', null, 'LV', false, '', '-'],
    ['worked-examples/spm-s4-1-ex-5.json', null, 'EHV', false, '', '-'],
    ['worked-examples/spm-s4-2-ex-1.json', null, 'EHV', false, '', '-'],
    ['worked-examples/spm-s4-2-ex-2.json', null, 'HV', false, '', '-'],
    ['worked-examples/spm-s4-2-ex-3.json', null, 'HV', false, '', '-'],
    ['worked-examples/spm-s4-2-ex-4.json', null, 'HV', false, '', '-'],
    ['starters/starter-commercial-lv.json', null, 'LV', false, '', '-'],
    ['starters/starter-housing-development.json', null, 'LV', true, '', '-'],
    ['starters/starter-hv-generator.json', null, 'HV', false, '', '-'],
    [
      'starters/starter-single-house.json',
      'Single LV Service Demand Connection',
      'LV',
      false,
      '001-F1-02×1=1280.00-1940.00 001-F1-05×10=550.00-800.00',
      'within 1830.00-2740.00 1680.00-2890.00',
    ],
  ] as const)('%s', (path, definition, voltage, extends_, bands, verdict) => {
    const file = templateFile(path);
    const statement = statementFile(file.statementId);
    const facts = qasFactsFromEstimate(file, statement);
    const decision = decideQas(facts, statement);
    const rows = qasRowIndex(statement);
    const items = qasLinksFromEstimate(file, statement).links.map((l) => {
      const row = rows.get(l.rowId)!;
      return {
        description: l.rowId,
        quantity: l.quantity,
        min: row.price.poa ? null : row.price.min,
        max: row.price.poa ? null : row.price.max,
        citation: row.citation,
      };
    });
    const itemBands = items.map((i) => {
      const b = itemBand(i);
      return `${i.description}×${i.quantity}=${b ? `${b.low}-${b.high}` : 'POA'}`;
    });
    const p = qasParametersFromStatement(statement);
    let v = '-';
    if (p && items.length > 0) {
      const kind = 'covered';
      const r = checkQuoteAccuracy(kind, items, '2500', p);
      v =
        r.kind === 'cannot-check' || r.kind === 'not-covered'
          ? r.kind
          : `${r.kind} ${r.bandMin}-${r.bandMax} ${r.lowerLimit}-${r.upperLimit}`;
    }
    expect([
      decision.definition,
      facts.highestVoltage,
      facts.extendsLvNetwork,
      itemBands.join(' '),
      v,
    ]).toEqual([definition, voltage, extends_, bands, verdict]);
  });
});
