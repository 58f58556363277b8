// Runs in the browser before React hydrates anything. Zod compiles object schemas with
// `new Function` when eval is allowed and probes for it at schema construction; under our CSP
// (no 'unsafe-eval' in production) the probe is refused and reported as a securitypolicyviolation.
// jitless skips the probe and the compilation; parsing stays the same. Set through the global zod
// reads its configuration from, rather than `config()` of "zod/v4/core", so no page carries zod's
// core for this line (issue 16's JavaScript budget); tests/unit/forms/zod-jitless.test.ts proves
// zod takes it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };
export {};
