// Waits until the server has finished the previous window's requests. autocannon stops sending when
// a window ends and drops its connections, but the server keeps rendering what it had accepted; a
// slow page leaves up to BENCH_CONNECTIONS renders behind, which ran into the next windows (the bare
// route "fell to 0 req/s mid-run", and so did every page after a slow one). Between windows the
// bench now asks the bare route, one request at a time, until it answers promptly a few times in a row.

const PROMPT_IN_A_ROW = 3;

async function once(port: number): Promise<number> {
  const started = performance.now();
  await fetch(`http://127.0.0.1:${port}/api/bench/ping`, { signal: AbortSignal.timeout(30_000) })
    .then((r) => r.arrayBuffer())
    .catch(() => undefined);
  return performance.now() - started;
}

/** The single-request time of the bare route on an idle server (median of a few), in ms. */
export async function idleLatency(port: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await once(port));
  return times.sort((a, b) => a - b)[3];
}

/**
 * Returns how long the server needed to become idle (ms): `prompt` is the answer time that counts
 * as idle; gives up after `maxMs` (a hung server then shows in the next window's figures).
 */
export async function drain(port: number, prompt: number, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  let inARow = 0;
  while (inARow < PROMPT_IN_A_ROW && performance.now() - started < maxMs) {
    inARow = (await once(port)) <= prompt ? inARow + 1 : 0;
  }
  return performance.now() - started;
}
