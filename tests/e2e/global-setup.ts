/**
 * Builds the app once for the whole end-to-end run and serves it on localhost, at / and
 * under a deep sub-path. Tests read the server's origin with inject('e2eOrigin').
 * Set E2E_REUSE_BUILD=1 to serve the last build without rebuilding (handy while writing tests).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from './buildApp.ts';
import { E2E_DIST } from './paths.ts';
import { startStaticServer } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(join(E2E_DIST, 'index.html'));
  if (!reuse) await buildApp(E2E_DIST);
  const server = await startStaticServer(E2E_DIST);
  project.provide('e2eOrigin', server.origin);
  return () => server.close();
}
