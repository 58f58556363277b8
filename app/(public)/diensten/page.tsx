import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { NOT_ONLINE_YET, services, serviceHref } from "@/content/services";

export const metadata: Metadata = { title: "Alle diensten" };

export default function ServicesPage() {
  return (
    <>
      <PageHeader title="Alle diensten" intro="Alles wat je online kan regelen, en wat eraan komt." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {services.map((s) => (
          <li key={s.slug} className="rounded-lg border border-slate-300 p-5">
            <h2 className="text-xl font-semibold">
              <Link href={serviceHref(s)}>{s.title}</Link>
            </h2>
            <p className="mt-1 text-slate-700">{s.summary}</p>
            {!s.href && <p className="mt-2 text-sm font-semibold text-slate-700">{NOT_ONLINE_YET}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
