import type { Metadata } from "next";
import { PerformanceForm } from "@/components/tickets/admin/performance-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Nieuwe voorstelling" };

export default async function NewPerformancePage() {
  await requireStaff("leisure:manage", "/beheer/vrije-tijd/nieuw");
  return (
    <div className="max-w-3xl">
      <PageHeader title="Nieuwe voorstelling" />
      <PerformanceForm />
    </div>
  );
}
