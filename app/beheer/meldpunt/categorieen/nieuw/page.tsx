import type { Metadata } from "next";
import Link from "next/link";
import { CategoryForm } from "@/components/reports/admin/category-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { KIND_LABELS } from "@/lib/reports/labels";
import { getDepartments } from "@/lib/reports/queries";
import { KINDS } from "@/lib/reports/schema";

export const metadata: Metadata = { title: "Nieuwe categorie" };

export default async function NewCategoryPage() {
  await requireStaff("sites:manage", "/beheer/meldpunt/categorieen/nieuw");
  const departments = await getDepartments();
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/meldpunt/categorieen">Terug naar de categorieën</Link>
      </p>
      <PageHeader title="Nieuwe categorie" />
      <Card>
        <CategoryForm
          kinds={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].title }))}
          departments={departments.map((d) => ({ value: d.id, label: d.name }))}
          values={{
            name: "",
            description: "",
            kinds: ["ISSUE"],
            inRemit: true,
            departmentId: "",
            targetDays: 14,
            requiresLocation: false,
            referralName: "",
            referralText: "",
            referralUrl: "",
          }}
        />
      </Card>
    </>
  );
}
