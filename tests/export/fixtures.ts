/**
 * Estimates for the export tests, computed with the real engine. Figures asserted in the
 * tests come from the engine's result (formatted independently with Intl), never from
 * the export code under test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { computeEstimate } from '../../src/engine/index';
import { feeProject } from '../../src/estimate-file/feeProject';
import type {
  CostLineInput,
  EstimateResult,
  PriceInput,
  SchemeInput,
} from '../../src/engine/types';
import type { EstimateFile } from '../../src/estimate-file/types';
import type { StatementFile } from '../../src/statements/types';
import { costLine, statementFile } from '../fixtures';

const root = join(import.meta.dirname, '..', '..');

export const loadStatement = (id: string): StatementFile => statementFile(id);

/** Every worked-example and starter template shipped in src/templates. */
export function templateFiles(): { name: string; estimate: EstimateFile }[] {
  const out: { name: string; estimate: EstimateFile }[] = [];
  for (const folder of ['worked-examples', 'starters']) {
    const dir = join(root, 'src', 'templates', folder);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      out.push({
        name: `${folder}/${file}`,
        estimate: JSON.parse(readFileSync(join(dir, file), 'utf8')) as EstimateFile,
      });
    }
  }
  return out;
}

export function compute(estimate: EstimateFile, statement: StatementFile): EstimateResult {
  const outcome = computeEstimate(estimate.inputs, statement.rules, {
    fees: { schedule: statement, project: feeProject(estimate.project) },
  });
  if (!outcome.ok) {
    throw new Error(`engine rejected the fixture: ${JSON.stringify(outcome.issues)}`);
  }
  return outcome.result;
}

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
/** The oracle: Intl formats a decimal string exactly (no float). */
export const intlMoney = (amount: string): string =>
  (gbp.format.bind(gbp) as unknown as (v: string) => string)(amount);

let tempDir: string | null = null;
export function tempPath(name: string): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'export-test-'));
  return join(tempDir, name);
}

/** Write the PDF to a temp file and read it back with poppler's pdftotext and pdfinfo. */
export function readPdf(
  bytes: ArrayBuffer,
  name: string,
): { pages: string[]; info: string; path: string } {
  const path = tempPath(name);
  writeFileSync(path, Buffer.from(bytes));
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { pages, info, path };
}

/** Text with the watermark's scattered rotated letters removed and spaces collapsed. */
export function flatten(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

function line(
  id: string,
  description: string,
  quantity: string,
  unit: string,
  unitPrice: PriceInput,
  extra: Partial<CostLineInput> = {},
): CostLineInput {
  return costLine({
    id,
    description,
    statementItemId: null,
    quantity,
    unit,
    unitPrice,
    assetLevel: null,
    ...extra,
  });
}

const range = (low: string, high: string): PriceInput => ({ kind: 'range', low, high });
const fixed = (amount: string): PriceInput => ({ kind: 'fixed', amount });

function minimumLines(): CostLineInput[] {
  return [
    line('cable', 'Additional metres of LV mains cable', '120', 'm', range('70', '102'), {
      statementItemId: '001-F5-10',
      assetLevel: 'lv-network',
    }),
    line(
      'sub',
      'New outdoor single transformer substation',
      '1',
      'each',
      { kind: 'poa' },
      {
        statementItemId: '001-F6-11',
        assetLevel: 'hv-lv-substation',
      },
    ),
    line('reinf', 'Uprate 11kV feeder to Primary B', '1', 'each', fixed('50000'), {
      kind: 'reinforcement',
      contestable: false,
      assetLevel: 'hv-network',
      charging: { rule: 'apportioned', rsnId: 'rsn-hv' },
    }),
    line('wayleave', 'Wayleave from third-party owner (legal fees)', '1', 'each', fixed('750'), {
      kind: 'land-rights',
      contestable: false,
    }),
    line('design', 'Assessment and design fee', '1', 'per application', fixed('1200'), {
      kind: 'fee',
      contestable: false,
    }),
  ];
}

function scheme(id: 'minimum' | 'enhanced', name: string, lines: CostLineInput[]): SchemeInput {
  return {
    id,
    name,
    lines,
    rsns: [
      {
        id: 'rsn-hv',
        name: 'HV feeders from Primary B',
        driver: 'security',
        capacity: { method: 'ratings', ratingsKva: ['5000', '5000', '4000'], secure: true },
      },
    ],
    previousWorks: [],
  };
}

export function makeEstimate(
  reference: string,
  minimum: CostLineInput[],
  enhanced: CostLineInput[] | null,
): EstimateFile {
  return {
    format: 'connection-estimate',
    version: 3,
    id: `id-${reference}`,
    reference,
    title: 'Warehouse with offices, Unit 4',
    status: 'draft',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    statementId: 'ipr-v1.7-2025',
    project: {
      applicant: { name: 'A Developer', organisation: 'Example Estates Ltd', email: '', phone: '' },
      site: { address: '4 Mill Lane, Caerffili', postcode: 'CF83 1AA' },
      quoteType: 'budget',
      connections: 1,
      premisesType: 'commercial',
      heating: 'heat-pump',
      dateRequired: '2026-09-01',
      disturbingEquipment: { present: false, notes: '' },
      icpDoesContestable: false,
      notes: '',
    },
    inputs: {
      // Before the Access SCR date, so the statement's own methodology (CAFs) applies.
      applicationDate: '2022-06-01',
      connection: {
        type: 'demand',
        importCapacityKva: '500',
        pocVoltage: 'LV',
        phases: 3,
        isTemporary: false,
        isSpeculative: false,
      },
      schemes: {
        minimum: scheme('minimum', 'Minimum Scheme', minimum),
        enhanced: enhanced ? scheme('enhanced', 'Enhanced Scheme', enhanced) : null,
      },
      enhancement: enhanced ? { requestedBy: 'customer' } : null,
    },
  };
}

/** Two schemes, POA items, land rights, reinforcement with a CAF, a fee. */
export function demoEstimate(): EstimateFile {
  const enhanced = [
    ...minimumLines(),
    line('rmu', 'Additional HV ring main unit', '1', 'each', fixed('9000'), {
      assetLevel: 'hv-network',
      charging: { rule: 'beyond-minimum', requestedBy: 'customer' },
    }),
    line(
      'tm',
      'Traffic management for carriageway crossing',
      '1',
      'each',
      { kind: 'poa' },
      {
        statementItemId: '001-J-05',
      },
    ),
  ];
  return makeEstimate('EST-2026-0001', minimumLines(), enhanced);
}

/** A 200-line, two-scheme estimate (100 lines each) for the size test and the benchmark. */
export function largeEstimate(linesPerScheme = 100): EstimateFile {
  const build = (prefix: string) =>
    Array.from({ length: linesPerScheme }, (_, i) => {
      const n = i + 1;
      if (n % 10 === 0) {
        return line(
          `${prefix}-r${n}`,
          `Reinforcement item ${n}: uprate HV switchgear`,
          '1',
          'each',
          fixed(String(10000 + n * 37)),
          {
            kind: 'reinforcement',
            contestable: false,
            assetLevel: 'hv-network',
            charging: { rule: 'apportioned', rsnId: 'rsn-hv' },
          },
        );
      }
      if (n % 25 === 0)
        return line(`${prefix}-p${n}`, `Special item ${n} (POA)`, '1', 'each', { kind: 'poa' });
      return line(
        `${prefix}-c${n}`,
        `Plot ${n}: three-phase service with ${10 + (n % 7)} m of service cable`,
        '1',
        'each',
        range(String(1450 + n), String(2180 + n)),
      );
    });
  return makeEstimate('EST-2026-0200', build('min'), build('enh'));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A solid-colour RGB PNG as a data URL, encoded here so the tests need no canvas. */
export function makePngDataUrl(width: number, height: number): string {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([31, 78, 121], y * (1 + width * 3) + 1 + x * 3);
  }
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  return `data:image/png;base64,${Buffer.concat(parts).toString('base64')}`;
}

/**
 * Notes a user might write on a line (the grid's Note column), each hostile to one export:
 * commas, quotes and a new line for the CSV's quoting; a leading =, +, - or @ for a
 * spreadsheet that would run it as a formula. By line id of `demoEstimate`'s Minimum Scheme.
 */
export const HOSTILE_NOTES: Record<string, string> = {
  cable: 'Agreed, "as built" (survey)',
  sub: 'First line\nSecond, "quoted" line',
  reinf: '=HYPERLINK("http://x.invalid")',
  wayleave: '+44 20 7946 0000, -1+1',
  design: '@SUM(A1:A2) per quote',
};

/** `demoEstimate` with a hostile note on each Minimum Scheme line (none on the Enhanced). */
export function estimateWithNotes(): EstimateFile {
  const estimate = demoEstimate();
  for (const line of estimate.inputs.schemes.minimum.lines) {
    const note = HOSTILE_NOTES[line.id];
    if (note !== undefined) line.note = note;
  }
  return estimate;
}
