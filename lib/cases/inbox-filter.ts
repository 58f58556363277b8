// The case inbox's filter, order and page, read from the query string
// (?team=&status=&wie=&te-laat=1&volgorde=risico&pagina=).
export type CaseInboxFilter = {
  team?: string;
  /** A status code, "open" (every open or waiting one, the default) or "alle". */
  status: string;
  assignee?: "mij" | "niemand";
  overdue: boolean;
  /** "termijn": the earliest due date first (the default); "risico": the highest risk category first. */
  order: "termijn" | "risico";
  page: number;
};

export const INBOX_PAGE_SIZE = 25;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function caseInboxFilter(search: Record<string, string | string[] | undefined>): CaseInboxFilter {
  const wie = one(search.wie);
  const page = Number(one(search.pagina));
  return {
    team: one(search.team)?.slice(0, 60),
    status: one(search.status)?.slice(0, 40) ?? "open",
    assignee: wie === "mij" || wie === "niemand" ? wie : undefined,
    overdue: one(search["te-laat"]) === "1",
    order: one(search.volgorde) === "risico" ? "risico" : "termijn",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export function caseInboxQuery(filter: CaseInboxFilter, page = filter.page): string {
  const pairs: [string, string | undefined][] = [
    ["team", filter.team],
    ["status", filter.status === "open" ? undefined : filter.status],
    ["wie", filter.assignee],
    ["te-laat", filter.overdue ? "1" : undefined],
    ["volgorde", filter.order === "risico" ? "risico" : undefined],
    ["pagina", page > 1 ? String(page) : undefined],
  ];
  return new URLSearchParams(pairs.filter((p): p is [string, string] => Boolean(p[1]))).toString();
}
