// Seats left are authoritative (what shows free can be reserved), so they are never cached: a small
// island read per request inside a page whose facts come from the cached season.
import { connection } from "next/server";
import { Suspense } from "react";
import { seatsLeft } from "@/lib/tickets/queries";

async function SeatsLeftNow({ poolId, format }: { poolId: string; format: (left: number) => string }) {
  await connection();
  return <>{format(await seatsLeft(poolId))}</>;
}

export function SeatsLeft({ poolId, format }: { poolId: string; format: (left: number) => string }) {
  return (
    <Suspense fallback="…">
      <SeatsLeftNow poolId={poolId} format={format} />
    </Suspense>
  );
}
