// How the portal's server is started (npm start, npm run dev, the e2e tests, the benchmarks).
// Through tsx's CommonJS hook only: with tsx's ESM hooks (`tsx server/main.ts`) every dynamic
// import() goes through a loader thread, and Next imports its cache handler that way on every
// request, which cost several percent of each request's time in a profile.
export const PORTAL_SERVER_COMMAND = ["node", "--require", "tsx/cjs", "server/main.ts"] as const;
