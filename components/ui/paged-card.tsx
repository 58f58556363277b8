// The list-of-cards shape of the Mijn Wingene pages (and any list in a card): a Card holding one
// list (a DataList: a table on a wide screen, cards on a phone) and, when the list has more than
// one page, the Pager under it (lib/paging). One page needs no pager: every row is on it.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { Paging } from "@/lib/paging";

export function PagedCard({
  title,
  paging,
  noun,
  href,
  children,
}: {
  title?: string;
  paging: Paging;
  /** What is counted: ["afspraak", "afspraken"]. */
  noun: [one: string, many: string];
  /** The address of another page of this list (keep the other lists' pages: pageQuery). */
  href: (page: number) => string;
  children: ReactNode;
}) {
  return (
    <Card title={title}>
      {children}
      {paging.pages > 1 && <Pager paging={paging} noun={noun} href={href} />}
    </Card>
  );
}
