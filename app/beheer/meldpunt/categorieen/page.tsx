import type { Metadata } from "next";
import Link from "next/link";
import { CategoryList } from "@/components/reports/admin/category-list";
import { DepartmentForm } from "@/components/reports/admin/department-form";
import { RetentionForm } from "@/components/reports/admin/retention-form";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { KIND_LABELS } from "@/lib/reports/labels";
import { getAllCategories, getDepartments, getRetentionMonths } from "@/lib/reports/queries";

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
    getRetentionMonths(),
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
      {bewaard && <Notice tone="success">De categorie is bewaard.</Notice>}
      <Card title={`Categorieën (${categories.length})`}>
        <CategoryList
          rows={categories.map((c) => ({
            id: c.id,
            name: c.name,
            kinds: c.kinds.map((k) => KIND_LABELS[k].title.replace(/^Een /, "")).join(", "),
            routedTo: c.inRemit
              ? (c.department?.name ?? "-")
              : `Niet bevoegd: ${c.referralName ?? "verwijzing"}`,
            target: c.inRemit ? `${c.targetDays} dagen` : "-",
            reports: c._count.reports,
            active: c.active,
          }))}
        />
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
