// "Nu open tot 19:00" depends on the minute, so it is never part of a cached shell: a small island
// computed per request (io() keeps it out of every prerender) from the cached hours and closures.
import { io } from "next/cache";
import { Suspense } from "react";
import type { Closure, OpeningWindow } from "@/lib/sites/opening-status";
import { OpeningStatusLine } from "./opening-status-line";

type Props = { windows: OpeningWindow[]; closures: Closure[] };

async function StatusAtRequestTime(props: Props) {
  await io();
  return <OpeningStatusLine now={new Date()} {...props} />;
}

export function OpeningStatusNow(props: Props) {
  return (
    <Suspense fallback={<p className="text-lg">Openingsuren van vandaag…</p>}>
      <StatusAtRequestTime {...props} />
    </Suspense>
  );
}
