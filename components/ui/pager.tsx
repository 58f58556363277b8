// Paging for a list that pages in its query (lib/paging): where you are ("1–50 van 40.000"), and the
// links on. Plain links that keep the rest of the query, so it works without JavaScript.
import Link from "next/link";
import { type Paging, pagingRange } from "@/lib/paging";

export function Pager({
  paging,
  noun,
  href,
}: {
  paging: Paging;
  /** What is counted: ["handeling", "handelingen"]. */
  noun: [one: string, many: string];
  href: (page: number) => string;
}) {
  const { page, pages, total } = paging;
  return (
    <nav aria-label="Paginering" className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
      <p>
        {total > paging.size ? pagingRange(paging) : total} {total === 1 ? noun[0] : noun[1]}
        {pages > 1 && ` · pagina ${page} van ${pages}`}
      </p>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" prefetch={false}>
          Vorige pagina
        </Link>
      )}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" prefetch={false}>
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}
