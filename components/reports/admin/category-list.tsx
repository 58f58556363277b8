"use client";
// The catalogue's categories: a table on a wide screen, cards on a phone. Switching one off
// (it leaves the forms, its reports stay) asks first and says so.
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { ConfirmAction, Form, SubmitButton } from "@/components/ui/form";
import { setCategoryActiveAction } from "@/lib/reports/catalogue-actions";

export type CategoryRow = {
  id: string;
  name: string;
  kinds: string;
  routedTo: string;
  target: string;
  reports: number;
  active: boolean;
};

function ActiveSwitch({ row }: { row: CategoryRow }) {
  if (!row.active)
    return (
      <Form action={setCategoryActiveAction} label={`${row.name} weer inschakelen`} className="">
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="active" value="ja" />
        <SubmitButton kind="secondary">
          Inschakelen<span className="sr-only"> {row.name}</span>
        </SubmitButton>
      </Form>
    );
  return (
    <ConfirmAction
      action={setCategoryActiveAction}
      fields={{ id: row.id, active: "nee" }}
      trigger={
        <>
          Uitschakelen<span className="sr-only"> {row.name}</span>
        </>
      }
      consequence={
        <>
          Inwoners en medewerkers kunnen &quot;{row.name}&quot; dan niet meer kiezen. De {row.reports}{" "}
          meldingen in deze categorie blijven bewaard, en je kan ze later weer inschakelen.
        </>
      }
      confirmLabel={`Ja, ${row.name} uitschakelen`}
    />
  );
}

export function CategoryList({ rows }: { rows: CategoryRow[] }) {
  return (
    <DataList
      caption="Categorieën van het meldpunt"
      rows={rows}
      rowKey={(r) => r.id}
      tableFrom="lg"
      columns={[
        { key: "name", label: "Categorie", primary: true, cell: (r) => r.name },
        { key: "kinds", label: "Soorten", cell: (r) => r.kinds },
        { key: "routedTo", label: "Dienst of verwijzing", cell: (r) => r.routedTo },
        { key: "target", label: "Streeftermijn", cell: (r) => r.target },
        { key: "reports", label: "Meldingen", cell: (r) => r.reports },
        { key: "status", label: "Status", cell: (r) => (r.active ? "Actief" : "Uitgeschakeld") },
        {
          key: "actions",
          label: "Acties",
          cell: (r) => (
            <div className="flex flex-wrap items-start gap-3">
              <Link href={`/beheer/meldpunt/categorieen/${r.id}`} aria-label={`${r.name} wijzigen`}>
                Wijzigen
              </Link>
              <ActiveSwitch row={r} />
            </div>
          ),
        },
      ]}
    />
  );
}
