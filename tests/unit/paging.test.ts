import { describe, expect, it } from "vitest";
import { pageFromSearch, paged, pagingRange } from "@/lib/paging";

describe("the page in the address", () => {
  it("reads a whole number from 1 and falls back to 1 for anything else", () => {
    expect(pageFromSearch("3")).toBe(3);
    expect(["0", "-2", "1.5", "abc", "", "1000000"].map(pageFromSearch)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(pageFromSearch(["4", "5"])).toBe(4);
    expect(pageFromSearch(undefined)).toBe(1);
  });
});

describe("the range a pager shows", () => {
  it("says which rows out of how many, with Belgian digit grouping", () => {
    expect(pagingRange({ page: 1, pages: 800, total: 40_000, size: 50 })).toBe("1–50 van 40.000");
    expect(pagingRange({ page: 800, pages: 800, total: 40_000, size: 50 })).toBe("39.951–40.000 van 40.000");
    expect(pagingRange({ page: 2, pages: 2, total: 60, size: 50 })).toBe("51–60 van 60");
    expect(pagingRange({ page: 1, pages: 1, total: 0, size: 50 })).toBe("0");
  });
});

describe("paged", () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);
  const source = (window: { skip: number; take: number }) =>
    Promise.resolve(rows.slice(window.skip, window.skip + window.take));

  it("reads the window of the page asked for and counts with it", async () => {
    const page = await paged(2, () => Promise.resolve(rows.length), source);
    expect([page.page, page.pages, page.total, page.rows[0], page.rows.length]).toEqual([2, 3, 120, 50, 50]);
  });

  it("answers the last page for a page past the end, never an empty one", async () => {
    const page = await paged(7, () => Promise.resolve(rows.length), source);
    expect([page.page, page.rows[0], page.rows.length]).toEqual([3, 100, 20]);
  });

  it("has one empty page for an empty list", async () => {
    const page = await paged(
      1,
      () => Promise.resolve(0),
      () => Promise.resolve([]),
    );
    expect([page.page, page.pages, page.total, page.rows]).toEqual([1, 1, 0, []]);
  });
});
