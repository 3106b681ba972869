/** Where the end-to-end run builds the app: outside the repository, so lint never sees it. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const E2E_DIST = join(tmpdir(), 'connection-charge-estimator-e2e', 'dist');
export const E2E_ARTIFACTS = join(tmpdir(), 'connection-charge-estimator-e2e', 'artifacts');
