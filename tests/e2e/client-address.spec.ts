// The production server counts sign-in requests by the socket's address: clients on 127.0.0.2 and
// 127.0.0.3 get their own counters, a forged X-Forwarded-For from an ordinary client changes nothing,
// and only the configured proxy (TRUSTED_PROXIES=127.0.0.4 in the e2e run) may name the client.
// The counters are read where the limiter keeps them, in RateLimitBucket.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { postSignInForm } from "./support/raw-http";
import { uniqueSuffix } from "./support/util";

async function counts(addresses: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; count: number }>(
      `SELECT "key", "count" FROM "RateLimitBucket" WHERE "key" = ANY($1)`,
      [addresses.map((a) => `aanmelden:ip:${a}`)],
    );
    return Object.fromEntries(
      addresses.map((a) => [a, rows.find((r) => r.key === `aanmelden:ip:${a}`)?.count ?? 0]),
    );
  } finally {
    await client.end();
  }
}

const post = async (localAddress: string, headers: Record<string, string> = {}) => {
  const answer = await postSignInForm(`adres-${uniqueSuffix()}@example.be`, { localAddress, headers });
  expect(answer.status, answer.body.slice(0, 300)).toBe(303);
};

test("sign-in requests are counted per socket address; X-Forwarded-For counts only from the trusted proxy", async () => {
  const addresses = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "198.51.100.7", "203.0.113.9"];
  const before = await counts(addresses);
  await post("127.0.0.2");
  await post("127.0.0.2", { "x-forwarded-for": "203.0.113.9", "x-wingene-client-address": "203.0.113.9" });
  await post("127.0.0.3");
  await post("127.0.0.4", { "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
  const after = await counts(addresses);
  const added = Object.fromEntries(addresses.map((a) => [a, after[a] - before[a]]));
  expect(added).toEqual({
    "127.0.0.2": 2,
    "127.0.0.3": 1,
    "127.0.0.4": 0,
    "198.51.100.7": 1,
    "203.0.113.9": 0,
  });
});
