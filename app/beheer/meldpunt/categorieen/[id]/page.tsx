import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "@/lib/http/page-interrupts";
import { CategoryForm } from "@/components/reports/admin/category-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { KIND_LABELS } from "@/lib/reports/labels";
import { getCategoryById, getDepartments } from "@/lib/reports/queries";
import { KINDS } from "@/lib/reports/schema";

export const metadata: Metadata = { title: "Categorie wijzigen" };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("sites:manage", `/beheer/meldpunt/categorieen/${id}`);
  const [category, departments] = await Promise.all([getCategoryById(id), getDepartments()]);
  if (!category) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/meldpunt/categorieen">Terug naar de categorieën</Link>
      </p>
      <PageHeader
        title={`Categorie wijzigen: ${category.name}`}
        intro={
          category.active
            ? "Wijzigingen gelden voor nieuwe meldingen; bestaande meldingen houden hun dienst."
            : "Deze categorie is uitgeschakeld: inwoners zien ze niet."
        }
      />
      <Card>
        <CategoryForm
          kinds={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].title }))}
          departments={departments.map((d) => ({ value: d.id, label: d.name }))}
          values={{
            id: category.id,
            name: category.name,
            description: category.description ?? "",
            kinds: category.kinds,
            inRemit: category.inRemit,
            departmentId: category.departmentId ?? "",
            targetDays: category.targetDays,
            requiresLocation: category.requiresLocation,
            referralName: category.referralName ?? "",
            referralText: category.referralText ?? "",
            referralUrl: category.referralUrl ?? "",
          }}
        />
      </Card>
    </>
  );
}
