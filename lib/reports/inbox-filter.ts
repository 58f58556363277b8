// The staff inbox's filter and order, read from the query string. Shared by the inbox page and the
// CSV export, so an export holds exactly the rows the list shows.
import type { ReportStatus } from "@/generated/prisma/enums";
import { dueDateKey } from "./overdue";
import { STATUS_URL_WORDS, statusFromUrlWord } from "./url-words";

const INBOX_SORTS = ["oudste", "te-laat", "nieuwste"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export type InboxFilter = {
  category?: string;
  status?: ReportStatus | "OPEN" | "ALLE";
  department?: string;
  age?: "overdue" | "7" | "30";
  sort: InboxSort;
};

export type InboxSearch = {
  categorie?: string;
  status?: string;
  dienst?: string;
  leeftijd?: string;
  sortering?: string;
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
  };
}

const statusWord = (status: InboxFilter["status"]) =>
  !status || status === "OPEN" || status === "ALLE" ? status : STATUS_URL_WORDS[status];

/** The query string that reproduces a filter (for the export link). */
export function inboxQuery(filter: InboxFilter): string {
  const pairs: [string, string | undefined][] = [
    ["categorie", filter.category],
    ["status", statusWord(filter.status)],
    ["dienst", filter.department],
    ["leeftijd", filter.age],
    ["sortering", filter.sort],
  ];
  return new URLSearchParams(pairs.filter((p): p is [string, string] => Boolean(p[1]))).toString();
}

type Sortable = { createdAt: Date; overdue: boolean; category: { targetDays: number } };

/**
 * "te-laat": overdue reports first, the longest overdue on top, then the rest by due date, so what
 * needs attention soonest comes first. "oudste"/"nieuwste": by the day they came in.
 */
export function sortInbox<T extends Sortable>(rows: readonly T[], sort: InboxSort): T[] {
  const byCreated = (a: T, b: T) => a.createdAt.getTime() - b.createdAt.getTime();
  const copy = [...rows];
  if (sort === "nieuwste") return copy.sort((a, b) => byCreated(b, a));
  if (sort === "oudste") return copy.sort(byCreated);
  return copy.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const due = dueDateKey(a.createdAt, a.category.targetDays).localeCompare(
      dueDateKey(b.createdAt, b.category.targetDays),
    );
    return due !== 0 ? due : byCreated(a, b);
  });
}
