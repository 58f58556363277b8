import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentForm } from "@/components/reports/admin/department-form";
import { RetentionForm } from "@/components/reports/admin/retention-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { setCategoryActiveAction } from "@/lib/reports/catalogue-actions";
import { KIND_LABELS } from "@/lib/reports/labels";
import { getAllCategories, getDepartments } from "@/lib/reports/queries";
import { retentionMonths } from "@/lib/reports/retention";

export const metadata: Metadata = { title: "Categorieën en diensten van het meldpunt" };

export default async function ReportCatalogPage({
  searchParams,
}: {
  searchParams: Promise<{ bewaard?: string }>;
}) {
  await requireStaff("sites:manage", "/beheer/meldpunt/categorieen");
  const { bewaard } = await searchParams;
  const [categories, departments, months] = await Promise.all([
    getAllCategories(),
    getDepartments(),
    retentionMonths(db),
  ]);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/meldpunt">Terug naar het meldpunt</Link>
      </p>
      <PageHeader
        title="Categorieën en diensten"
        intro="Welke categorieën inwoners kunnen kiezen, naar welke dienst ze gaan en binnen hoeveel dagen. Een uitgeschakelde categorie verdwijnt uit de formulieren; haar meldingen blijven bewaard."
      >
        <p className="mt-4">
          <Link href="/beheer/meldpunt/categorieen/nieuw" className={buttonClass()}>
            Nieuwe categorie
          </Link>
        </p>
      </PageHeader>
      {bewaard && (
        <p
          role="status"
          className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900"
        >
          De categorie is bewaard.
        </p>
      )}
      <Card title={`Categorieën (${categories.length})`}>
        <Table
          caption="Categorieën van het meldpunt"
          small
          columns={[
            { label: "Categorie" },
            { label: "Soorten" },
            { label: "Dienst of verwijzing" },
            { label: "Streeftermijn" },
            { label: "Meldingen" },
            { label: "Status" },
            { label: "Acties" },
          ]}
        >
          {categories.map((c) => (
            <tr key={c.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 pl-2 font-semibold">{c.name}</td>
              <td className="py-2 pr-3">
                {c.kinds.map((k) => KIND_LABELS[k].title.replace(/^Een /, "")).join(", ")}
              </td>
              <td className="py-2 pr-3">
                {c.inRemit ? (c.department?.name ?? "-") : `Niet bevoegd: ${c.referralName ?? "verwijzing"}`}
              </td>
              <td className="py-2 pr-3">{c.inRemit ? `${c.targetDays} dagen` : "-"}</td>
              <td className="py-2 pr-3">{c._count.reports}</td>
              <td className="py-2 pr-3">{c.active ? "Actief" : "Uitgeschakeld"}</td>
              <td className="py-2 pr-3">
                <div className="flex flex-wrap gap-3">
                  <Link href={`/beheer/meldpunt/categorieen/${c.id}`} aria-label={`${c.name} wijzigen`}>
                    Wijzigen
                  </Link>
                  <InlineAction
                    action={setCategoryActiveAction}
                    fields={{ id: c.id, active: c.active ? "nee" : "ja" }}
                    label={`${c.name} ${c.active ? "uitschakelen" : "weer inschakelen"}`}
                  >
                    {c.active ? "Uitschakelen" : "Inschakelen"}
                  </InlineAction>
                </div>
              </td>
            </tr>
          ))}
        </Table>
      </Card>
      <div className="mt-6">
        <Card title="Diensten">
          <p className="mb-4">Naar het e-mailadres van een dienst gaan de meldingen van haar categorieën.</p>
          <div className="space-y-6">
            {departments.map((d) => (
              <DepartmentForm key={d.id} department={{ id: d.id, name: d.name, email: d.email }} />
            ))}
            <div className="border-t border-slate-300 pt-4">
              <h3 className="mb-2 text-lg font-semibold">Nieuwe dienst</h3>
              <DepartmentForm />
            </div>
          </div>
        </Card>
      </div>
      <div className="mt-6">
        <Card title="Privacy: bewaartermijn">
          <RetentionForm months={months} />
        </Card>
      </div>
    </>
  );
}
