/**
 * Checks a stored or imported value against the estimate-file schema before it is
 * opened, so that a damaged record is set aside instead of breaking the editor. Older
 * file versions are migrated on the way (parseEstimateFile).
 */
import { parseEstimateFile } from '../estimate-file/parseEstimateFile';
import type { EstimateFile } from '../estimate-file/types';

export type EstimateCheck =
  { ok: true; file: EstimateFile; notes: string[] } | { ok: false; errors: string[] };

export function checkEstimateFile(value: unknown): EstimateCheck {
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch {
    return { ok: false, errors: ['The stored value cannot be written out as JSON.'] };
  }
  return checkEstimateText(text);
}

export function checkEstimateText(text: string): EstimateCheck {
  const parsed = parseEstimateFile(text);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => e.message) };
}
