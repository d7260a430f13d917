// Which API specs are the conformance suite: those that check the contract's rules through the
// API alone, so they hold for any back end (npm run conformance -- --base-url …). The others test
// the reference service's own workings: its processes, its database, its limits' settings, its
// source against its OpenAPI document.
export const REFERENCE_SERVICE_SPECS = ['client-limit.spec.ts', 'restart.spec.ts', 'retention.spec.ts', 'openapi.spec.ts'];
/** Tests inside conformance specs that start a reference service of their own (a shortened session lifetime). */
export const OWN_SERVICE_TESTS = /absolute lifetime/;
