// Places left per session, authoritative: read from the capacity engine per request, never part of
// the cached catalogue. Rendered on the server inside a Suspense boundary (a dynamic island).
import { connection } from "next/server";
import { placesLeft } from "@/lib/activities/queries/places";

export async function PlacesLeft({ poolId, capacity }: { poolId: string; capacity: number }) {
  await connection();
  const left = (await placesLeft([poolId]))[poolId] ?? 0;
  if (left <= 0) return <span className="font-semibold">Volzet, inschrijven op de wachtlijst</span>;
  return (
    <span>
      Nog <strong>{left}</strong> van {capacity} plaatsen
    </span>
  );
}
