"use client";
// The scanner for one performance: camera and typed codes both end here and show their answer.
// Typed codes go through the kit's form (server action); the camera reports a code on every frame
// while a ticket is in view, so a camera code is sent to the scan API once and again only after it
// has been out of sight for a moment.
import { useRef, useState } from "react";
import { useHydrated } from "@/components/ui/form/use-hydrated";
import {
  DEFAULT_DEVICE,
  type ScanRequest,
  type ScanResponse,
  scanRequestSchema,
} from "@/lib/tickets/scan-schema";
import { ScannerCamera } from "./scanner-camera";
import { ScannerCodeForm } from "./scanner-code-form";
import { useDeviceName } from "./scanner-device";
import { type ScanEntry, ScannerHistory, ScannerResult } from "./scanner-result";

const HISTORY = 6;
/** A code seen again within this time, without a gap, is the same ticket still in view. */
const REPEAT_MS = 3_000;
const TIMEOUT_MS = 10_000;

async function postScan(request: ScanRequest): Promise<Omit<ScanEntry, "id">> {
  const at = new Date().toISOString();
  try {
    const response = await fetch("/api/tickets/scan", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const data = (await response.json().catch(() => null)) as
      (Partial<ScanResponse> & { error?: string }) | null;
    if (response.ok && data?.result) return { at, response: data as ScanResponse };
    if (response.status === 401)
      return { at, error: "Je bent niet meer aangemeld. Laad de pagina opnieuw en meld je aan." };
    return { at, error: data?.error ?? "De scan kon niet verwerkt worden. Probeer opnieuw." };
  } catch {
    return { at, error: "Geen antwoord van de server. Controleer de wifi of mobiele data en scan opnieuw." };
  }
}

export function ScannerStation({
  performanceId,
  counts: initialCounts,
}: {
  performanceId: string;
  counts: { admitted: number; total: number };
}) {
  const hydrated = useHydrated();
  const [device, setDevice] = useDeviceName(DEFAULT_DEVICE);
  const [entries, setEntries] = useState<ScanEntry[]>([]);
  const cameraBusy = useRef(false);
  const lastSeen = useRef<{ raw: string; at: number } | null>(null);
  const nextId = useRef(1);

  const counts = entries.find((e) => e.response)?.response?.counts ?? initialCounts;

  function add(entry: Omit<ScanEntry, "id">) {
    const id = nextId.current++;
    setEntries((list) => [{ id, ...entry }, ...list].slice(0, HISTORY));
    if (entry.response) navigator.vibrate?.(entry.response.result === "ADMITTED" ? 120 : [250, 100, 250]);
  }

  function seen(raw: string) {
    const now = Date.now();
    const last = lastSeen.current;
    if (last && last.raw === raw && now - last.at < REPEAT_MS) {
      last.at = now; // still in view
      return;
    }
    if (cameraBusy.current) return; // one at a time; the code is read again on the next frame
    // The same schema as the typed form; a camera read that is no code at all is not sent.
    const request = scanRequestSchema.safeParse({ code: raw, performanceId, device });
    if (!request.success) return;
    lastSeen.current = { raw, at: now };
    cameraBusy.current = true;
    void postScan(request.data)
      .then(add)
      .finally(() => {
        cameraBusy.current = false;
      });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <p className="text-lg">
          <strong>{counts.admitted}</strong> van {counts.total} tickets binnen
        </p>
        {/* Without JavaScript the answer of a typed code shows in the form, where the page came back. */}
        {hydrated && <ScannerResult entry={entries[0]} />}
        <ScannerHistory entries={entries} />
      </div>
      <div className="min-w-0 space-y-6">
        <ScannerCamera onCode={seen} />
        <ScannerCodeForm
          performanceId={performanceId}
          device={device}
          onDevice={setDevice}
          onScanned={(response) => add({ at: response.at, response })}
          showPosted={!hydrated}
        />
      </div>
    </div>
  );
}
