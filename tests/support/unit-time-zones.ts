// The unit tier runs once per machine time zone: Brussels itself, and one far west of it whose
// DST changes on other dates, so code that leans on the host's zone instead of lib/be/time.ts fails
// in one of them. Vitest project name → TZ; read by vitest.config.ts and scripts/test-all.ts.
export const UNIT_TIME_ZONES: Record<string, string> = {
  "unit-brussels": "Europe/Brussels",
  "unit-los-angeles": "America/Los_Angeles",
};
