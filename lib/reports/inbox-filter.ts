// The staff inbox's filter and order, read from the query string. Shared by the inbox page and the
// CSV export, so an export holds exactly the rows the list shows.
import type { ReportStatus } from "@/generated/prisma/enums";
import { pageFromSearch } from "@/lib/paging";
import { STATUS_URL_WORDS, statusFromUrlWord } from "./url-words";

const INBOX_SORTS = ["oudste", "te-laat", "nieuwste"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export type InboxFilter = {
  category?: string;
  status?: ReportStatus | "OPEN" | "ALLE";
  department?: string;
  age?: "overdue" | "7" | "30";
  sort: InboxSort;
  /** The page of the inbox (lib/paging); the export ignores it. */
  page: number;
};

export type InboxSearch = {
  categorie?: string;
  status?: string;
  dienst?: string;
  leeftijd?: string;
  sortering?: string;
  pagina?: string;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function inboxFilterFromSearch(search: { [K in keyof InboxSearch]?: string | string[] }): InboxFilter {
  const status = one(search.status);
  const age = one(search.leeftijd);
  const sort = one(search.sortering);
  return {
    category: one(search.categorie),
    department: one(search.dienst),
    status: status === "ALLE" ? "ALLE" : (statusFromUrlWord(status) ?? "OPEN"),
    age: age === "overdue" || age === "7" || age === "30" ? age : undefined,
    sort: INBOX_SORTS.includes(sort as InboxSort) ? (sort as InboxSort) : "oudste",
    page: pageFromSearch(search.pagina),
  };
}

const statusWord = (status: InboxFilter["status"]) =>
  !status || status === "OPEN" || status === "ALLE" ? status : STATUS_URL_WORDS[status];

/** The query string that reproduces a filter (the export link; with `page`, a page of the inbox). */
export function inboxQuery(filter: InboxFilter, page?: number): string {
  const pairs: [string, string | undefined][] = [
    ["categorie", filter.category],
    ["status", statusWord(filter.status)],
    ["dienst", filter.department],
    ["leeftijd", filter.age],
    ["sortering", filter.sort],
    ["pagina", page && page > 1 ? String(page) : undefined],
  ];
  return new URLSearchParams(pairs.filter((p): p is [string, string] => Boolean(p[1]))).toString();
}
