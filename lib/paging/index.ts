// THE paging of every list that can grow (staff lists, Mijn Wingene): the filter and the order go into
// the query, the page is cut by the database (skip/take) and counted with the same filter, so the total
// tells the truth and nothing is hidden by a cap. The page comes from `?pagina=` (GET, so the
// Pager's plain links work without JavaScript). Every order a list offers needs an index that
// starts with its filter and sort columns (prisma/schema.prisma), or a deep page scans the table.

export const PAGE_SIZE = 50;
/** Past this the address is not a page of ours: page 1 rather than an absurd offset. */
const MAX_PAGE = 100_000;

export type Paging = { page: number; pages: number; total: number; size: number };
export type Paged<T> = Paging & { rows: T[] };

/** The page asked for in `?pagina=`: a whole number from 1, else 1. */
export function pageFromSearch(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

/**
 * Counts and reads one page with the same filter, in parallel. A page past the last (the list
 * shrank, or a hand-made address) answers the last page instead of an empty one.
 */
export async function paged<T>(
  page: number,
  count: () => Promise<number>,
  read: (window: { skip: number; take: number }) => Promise<T[]>,
  size = PAGE_SIZE,
): Promise<Paged<T>> {
  const window = (p: number) => ({ skip: (p - 1) * size, take: size });
  const [total, rows] = await Promise.all([count(), read(window(page))]);
  const pages = Math.max(1, Math.ceil(total / size));
  if (page <= pages) return { rows, total, page, pages, size };
  return { rows: await read(window(pages)), total, page: pages, pages, size };
}

/** "1–50 van 40.000": the rows shown and the total, Belgian digit grouping. */
export function pagingRange({ page, total, size }: Paging): string {
  const number = new Intl.NumberFormat("nl-BE");
  if (total === 0) return "0";
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return `${number.format(first)}–${number.format(last)} van ${number.format(total)}`;
}

/**
 * The query string of `search` with `key` set to `page` (dropped on page 1): for a Pager's links on a
 * page with other parameters, or with two lists each paged by a key of its own.
 */
export function pageQuery(
  search: Record<string, string | string[] | undefined>,
  key: string,
  page: number,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search))
    if (name !== key && typeof value === "string" && value) query.set(name, value);
  if (page > 1) query.set(key, String(page));
  return query.toString();
}
