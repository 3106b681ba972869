/**
 * A short fingerprint of the Minimum Scheme's lines (FNV-1a over their JSON), kept when the
 * guided build writes them, so a later rebuild can tell whether the user has edited them
 * by hand since. Not a security measure: a collision only means a question is not asked.
 */
import type { EstimateInput } from '../engine/types';

export function linesFingerprint(inputs: EstimateInput): string {
  const text = JSON.stringify(inputs.schemes.minimum.lines);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${inputs.schemes.minimum.lines.length}-${hash.toString(16).padStart(8, '0')}`;
}
