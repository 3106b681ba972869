/** What the RSN editor shows beside the inputs: New Network / Fault Level Capacity, or why not. */
import { newFaultLevelCapacity, newNetworkCapacity } from '../../engine';
import type { RsnInput } from '../../engine/types';

export type Shown = { ok: true; text: string } | { ok: false; message: string };

export function networkCapacityText(rsn: RsnInput): Shown | null {
  const cap = rsn.capacity;
  if (!cap) return null;
  if (cap.method === 'direct') {
    return cap.newNetworkCapacityKva.trim()
      ? { ok: true, text: `${cap.newNetworkCapacityKva} kVA (given)` }
      : { ok: false, message: 'Enter the New Network Capacity.' };
  }
  const ratings = cap.ratingsKva.filter((r) => r.trim() !== '');
  try {
    const v = newNetworkCapacity(ratings, cap.secure);
    const sum = ratings.join(' + ');
    const formula =
      cap.secure && ratings.length > 1
        ? `${sum} − largest = ${v.toString()} kVA (secure, N-1)`
        : `${sum} = ${v.toString()} kVA (${cap.secure ? 'secure' : 'non-secure'})`;
    return { ok: true, text: formula };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function faultCapacityText(rsn: RsnInput): Shown | null {
  const fl = rsn.faultLevel;
  if (!fl) return null;
  try {
    const v = newFaultLevelCapacity(fl.equipmentRatingMva, fl.localLimitMva ?? null);
    const limit = fl.localLimitMva?.trim() ? ` and the local limit ${fl.localLimitMva} MVA` : '';
    return {
      ok: true,
      text: `${v.toString()} MVA (the lower of the equipment rating ${fl.equipmentRatingMva} MVA${limit})`,
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
