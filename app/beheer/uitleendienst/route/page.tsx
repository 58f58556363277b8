import type { Metadata } from "next";
import Link from "next/link";
import { PrintedRoute } from "@/components/lending/staff/printed-route";
import { requireStaff } from "@/lib/auth/guards";
import { isCalendarDate } from "@/lib/be/calendar-date";
import { brusselsParts } from "@/lib/be/time";
import { dayRoute } from "@/lib/lending/queries/route";

export const metadata: Metadata = { title: "Route van de technische dienst" };

type Props = { searchParams: Promise<{ dag?: string; soort?: string }> };

/** The printable route of a day: `soort=leveringen` (the default) or `soort=ophalingen`. */
export default async function PrintedRoutePage({ searchParams }: Props) {
  await requireStaff("loans:manage", "/beheer/uitleendienst/route");
  const { dag, soort } = await searchParams;
  const day = dag && isCalendarDate(dag) ? dag : brusselsParts(new Date()).dateKey;
  const route = soort === "ophalingen" ? "COLLECTION" : "DELIVERY";
  const stops = await dayRoute(day, route);
  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={`/beheer/uitleendienst?dag=${day}`}>Terug naar het depot</Link>
      </p>
      <PrintedRoute day={day} route={route} stops={stops} />
    </>
  );
}
