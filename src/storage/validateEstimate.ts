/**
 * Checks that a value is an estimate file before it is stored, imported or opened.
 *
 * A minimal structural check: enough to refuse a file that is not an estimate, is of an
 * unknown version, or has values of the wrong kind, and to set aside a damaged record.
 * It is the stand-in for the estimate-file schema (`parseEstimateFile`) until that lands.
 */
import {
  ESTIMATE_FILE_FORMAT,
  ESTIMATE_FILE_VERSION,
  type EstimateFile,
} from '../estimate-file/types';

export type EstimateCheck = { ok: true; file: EstimateFile } | { ok: false; errors: string[] };

const STATUSES = new Set(['draft', 'sent', 'accepted', 'archived']);
const CONNECTION_TYPES = new Set(['demand', 'generation', 'storage']);
const DECIMAL = /^\d+(\.\d+)?$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkEstimateFile(value: unknown): EstimateCheck {
  if (!isObject(value)) return { ok: false, errors: ['It is not an estimate file (no object).'] };
  if (value.format !== ESTIMATE_FILE_FORMAT) {
    return { ok: false, errors: ['It is not an estimate file (the "format" is not right).'] };
  }
  if (typeof value.version !== 'number' || value.version > ESTIMATE_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `It was written by a newer version of the app (estimate file version ${String(value.version)}); ` +
          `this app reads version ${ESTIMATE_FILE_VERSION}.`,
      ],
    };
  }
  if (value.version !== ESTIMATE_FILE_VERSION) {
    return { ok: false, errors: [`Estimate file version ${value.version} is not known.`] };
  }
  const errors: string[] = [];
  for (const key of ['id', 'reference', 'title', 'createdAt', 'updatedAt', 'statementId']) {
    if (typeof value[key] !== 'string') errors.push(`"${key}" must be text.`);
  }
  if (typeof value.id === 'string' && value.id.trim() === '')
    errors.push('"id" must not be empty.');
  if (!STATUSES.has(value.status as string)) errors.push('"status" is not a known status.');
  if (!isObject(value.project)) errors.push('"project" is missing.');
  const inputs = value.inputs;
  if (!isObject(inputs)) {
    errors.push('"inputs" is missing.');
  } else {
    if (typeof inputs.applicationDate !== 'string')
      errors.push('"inputs.applicationDate" must be a date.');
    const connection = inputs.connection;
    if (!isObject(connection)) {
      errors.push('"inputs.connection" is missing.');
    } else {
      if (!CONNECTION_TYPES.has(connection.type as string)) {
        errors.push('"inputs.connection.type" must be demand, generation or storage.');
      }
      const capacity = connection.importCapacityKva;
      // Empty while the user is typing is allowed; a number or a non-decimal is not.
      if (typeof capacity !== 'string' || (capacity !== '' && !DECIMAL.test(capacity))) {
        errors.push(
          '"inputs.connection.importCapacityKva" must be a decimal number written as text.',
        );
      }
    }
    const schemes = inputs.schemes;
    if (!isObject(schemes) || !isObject(schemes.minimum)) {
      errors.push('"inputs.schemes.minimum" is missing.');
    } else if (!Array.isArray(schemes.minimum.lines)) {
      errors.push('"inputs.schemes.minimum.lines" must be a list.');
    }
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, file: value as unknown as EstimateFile };
}
