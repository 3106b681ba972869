/**
 * A browser session on the app the e2e run serves (see launch.ts for what it watches and
 * fails on: requests leaving localhost, CSP violations, page errors, console errors).
 */
import { inject } from 'vitest';
import { launchSession, type Session } from './launch.ts';

export type { Session } from './launch.ts';

/** Launch Chromium with a new profile and open the app: under the sub-path, or at the root. */
export function startSession(
  options: { atRoot?: boolean; touch?: boolean } = {},
): Promise<Session> {
  return launchSession(inject('e2eOrigin'), options);
}
