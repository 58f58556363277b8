import type { Metadata } from "next";
import Link from "next/link";
import { ResidentSearchForm } from "@/components/staff/resident-search-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAnyStaff } from "@/lib/auth/guards";
import { sectionHref, sectionsFor } from "@/lib/staff/sections";

export const metadata: Metadata = { title: "Beheer" };

export default async function StaffHomePage() {
  const actor = await requireAnyStaff("/beheer");
  const sections = sectionsFor(actor.permissions);
  return (
    <>
      <PageHeader
        title="Beheer"
        intro="Wat je rollen je toelaten, en de snelste weg om iemand aan de balie of aan de telefoon te helpen."
      />
      {actor.permissions.has("residents:act-for") && (
        <div className="mb-8">
          <Card title="Inwoner helpen">
            <ResidentSearchForm />
          </Card>
        </div>
      )}
      <h2 className="mb-4 text-2xl font-bold">Jouw onderdelen</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.slug} className="rounded-lg border border-slate-300 p-5">
            <h3 className="text-lg font-semibold">
              <Link href={sectionHref(s)}>{s.title}</Link>
            </h3>
            <p className="text-slate-700">{s.description}</p>
            {!s.ready && <p className="mt-2 text-sm font-semibold text-slate-700">In opbouw</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
