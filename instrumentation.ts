// Runs once when the Next.js server starts: the job worker starts with it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().JOBS_ENABLED) return;
  const { startJobs } = await import("@/lib/jobs/worker");
  await startJobs();
}
