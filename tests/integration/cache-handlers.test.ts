// The cache handlers of cache/: two instances of the portal on one database. Each keeps its own
// entries; a tag invalidated through one makes the other's entries stale or gone.
import { randomUUID } from "node:crypto";
import type { CacheEntry } from "next/cache";
import { afterAll, describe, expect, it } from "vitest";
import RouteCacheHandler from "@/cache/route-cache-handler.mjs";
import { createTagStore } from "@/cache/tag-store.mjs";
import { createUseCacheHandler } from "@/cache/use-cache-handler.mjs";

const stores = [0, 1].map(() =>
  createTagStore({ connectionString: process.env.DATABASE_URL, syncIntervalMs: 0 }),
);
afterAll(() => Promise.all(stores.map((s) => s.close())));

function entry(text: string, tags: string[], timestamp = Date.now()): Promise<CacheEntry> {
  return Promise.resolve({
    value: new Response(text).body!,
    tags,
    stale: 300,
    timestamp,
    expire: 31_536_000,
    revalidate: 31_536_000,
  });
}

const text = async (found: CacheEntry | undefined) => (found ? new Response(found.value).text() : undefined);

describe("the 'use cache' handler on two instances", () => {
  it("serves each instance's own entry until a tag is updated on the other, then misses", async () => {
    const [a, b] = stores.map((tags) => createUseCacheHandler({ tags }));
    const tag = `halls-${randomUUID()}`;
    await a.set("key", entry("zalen v1", [tag]));
    await b.set("key", entry("zalen v1", [tag]));
    await b.refreshTags();
    expect(await text(await b.get("key", []))).toBe("zalen v1");
    // Served twice: every hit gets a fresh stream over the stored bytes.
    expect(await text(await b.get("key", []))).toBe("zalen v1");

    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.updateTags([tag]);
    await b.refreshTags();
    expect(await b.get("key", [])).toBeUndefined();
    expect(await a.get("key", [])).toBeUndefined();
  });

  it("marks the other instance's entry stale (served, revalidate -1) after revalidateTag with a profile", async () => {
    const [a, b] = stores.map((tags) => createUseCacheHandler({ tags }));
    const tag = `tickets-${randomUUID()}`;
    await b.set("stale-key", entry("programma", [tag], Date.now() - 10));
    await a.updateTags([tag], { expire: 3600 });
    await b.refreshTags();
    const found = await b.get("stale-key", []);
    expect(await text(found)).toBe("programma");
    expect(found?.revalidate).toBe(-1);
  });

  it("reports a path invalidated on one instance through getExpiration on the other", async () => {
    const [a, b] = stores.map((tags) => createUseCacheHandler({ tags }));
    const softTag = `_N_T_/zalen-${randomUUID()}`;
    await b.refreshTags();
    expect(await b.getExpiration([softTag])).toBe(0);
    const before = Date.now();
    await a.updateTags([softTag]);
    await b.refreshTags();
    expect(await b.getExpiration([softTag])).toBeGreaterThanOrEqual(before);
  });

  it("leaves entries whose tags were not touched alone", async () => {
    const [a, b] = stores.map((tags) => createUseCacheHandler({ tags }));
    const mine = `openingsuren-${randomUUID()}`;
    await b.set("untouched", entry("open", [mine]));
    await a.updateTags([`ander-${randomUUID()}`]);
    await b.refreshTags();
    expect(await text(await b.get("untouched", []))).toBe("open");
  });
});

describe("the route cache handler on two instances", () => {
  it("drops a page shell whose tag was invalidated on the other instance", async () => {
    const [a, b] = stores.map((tags) => new RouteCacheHandler({ tags }));
    const tag = `halls-${randomUUID()}`;
    const key = `/route-cache/APP_PAGE/${randomUUID()}/zalen`;
    await b.set(key, {
      kind: "APP_PAGE",
      html: "<p>v1</p>",
      headers: { "x-next-cache-tags": `${tag},_N_T_/zalen` },
    });
    expect((await b.get(key))?.value).toMatchObject({ html: "<p>v1</p>" });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.revalidateTag([tag]);
    expect(await b.get(key)).toBeNull();
  });
});
