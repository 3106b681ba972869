/** Offline use and updates: the service worker, the update prompt and its flush hooks. */
export { onBeforeUpdateReload, runBeforeUpdateReload } from './beforeUpdateReload';
export { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from './contentSecurityPolicy';
