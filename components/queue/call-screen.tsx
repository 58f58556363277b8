"use client";
// The TV in the hall: the latest called number large, the ones before it below. High contrast,
// readable from across the hall; a polite live region lets a screen reader announce a new call.
import type { ScreenState } from "@/lib/queue/queries";
import { usePolling } from "./use-polling";

export function CallScreen({ site, slug, initial }: { site: string; slug: string; initial: ScreenState }) {
  const state = usePolling(`/api/wachtrij/${slug}`, initial);
  const [latest, ...earlier] = state.called;
  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-slate-950 p-8 text-white">
      <h1 className="text-4xl font-bold">{site}: aan de beurt</h1>
      <div aria-live="polite" className="flex flex-1 items-center justify-center">
        {latest ? (
          <p className="text-center">
            <span
              data-testid="latest-code"
              className="block font-mono text-[12rem] leading-none font-bold text-yellow-300"
            >
              {latest.code}
            </span>
            <span className="mt-6 block text-6xl font-semibold">naar {latest.desk}</span>
          </p>
        ) : (
          <p className="text-5xl">Nog niemand opgeroepen.</p>
        )}
      </div>
      <div className="flex flex-wrap items-end justify-between gap-6">
        <ul aria-label="Eerder opgeroepen" className="flex flex-wrap gap-6 text-4xl">
          {earlier.map((t) => (
            <li key={`${t.code}-${t.calledAt}`} className="rounded-lg border-2 border-white px-5 py-3">
              <span className="font-mono font-bold">{t.code}</span> {t.desk}
            </li>
          ))}
        </ul>
        <p className="text-3xl">
          {state.waiting} {state.waiting === 1 ? "persoon wacht" : "personen wachten"}
        </p>
      </div>
    </div>
  );
}
