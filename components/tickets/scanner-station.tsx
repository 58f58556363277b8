"use client";
// The scanner for one performance: camera and typed codes both end here, go to the scan API and
// show their answer. The camera reports a code on every frame while a ticket is in view, so a
// code is sent once and again only after it has been out of sight for a moment.
import { useActionState, useRef, useState } from "react";
import { type ActionResult, type FieldErrors, fieldErrorsOf } from "@/lib/actions/result";
import { stringsAt } from "@/lib/forms/form-data";
import {
  DEFAULT_DEVICE,
  type ScanRequest,
  type ScanResponse,
  scanRequestSchema,
} from "@/lib/tickets/scan-schema";
import { ScannerCamera } from "./scanner-camera";
import { ScannerCodeForm } from "./scanner-code-form";
import { ScannerDeviceField, useDeviceName } from "./scanner-device";
import { type ScanEntry, ScannerHistory, ScannerResult } from "./scanner-result";

type ScanAction = (
  previous: ActionResult<ScanResponse> | null,
  formData: FormData,
) => Promise<ActionResult<ScanResponse>>;

const FORM_ID = "scanner-code-form";
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
  action,
}: {
  performanceId: string;
  counts: { admitted: number; total: number };
  /** The server action behind the typed-code form; only used without JavaScript. */
  action: ScanAction;
}) {
  const [state, formAction] = useActionState(action, null);
  const posted = state?.ok ? state.data : undefined;
  const [device, setDevice] = useDeviceName(
    posted?.device ??
      (state && !state.ok ? stringsAt(state.values, "device")[0] : undefined) ??
      DEFAULT_DEVICE,
  );
  const [entries, setEntries] = useState<ScanEntry[]>([]);
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [pending, setPending] = useState(0);
  const cameraBusy = useRef(false);
  const lastSeen = useRef<{ raw: string; at: number } | null>(null);
  const nextId = useRef(1);

  const latest = entries[0] ?? (posted && { id: 0, at: posted.at, response: posted });
  const counts = entries.find((e) => e.response)?.response?.counts ?? posted?.counts ?? initialCounts;
  const serverFailure = entries.length === 0 && state && !state.ok ? state : undefined;
  const fieldErrors = errors ?? serverFailure?.fieldErrors ?? {};

  /** The shared schema checks before sending; typed input moves focus to the first mistake. */
  function validate(code: string, focus: boolean): ScanRequest | null {
    const parsed = scanRequestSchema.safeParse({ code, performanceId, device });
    setErrors(parsed.success ? null : fieldErrorsOf(parsed.error));
    if (parsed.success) return parsed.data;
    const field = parsed.error.issues[0]?.path[0] === "device" ? "scanner-device" : "scanner-code";
    if (focus) document.getElementById(field)?.focus();
    return null;
  }

  async function send(request: ScanRequest) {
    setPending((n) => n + 1);
    const entry = await postScan(request);
    setPending((n) => n - 1);
    const id = nextId.current++;
    setEntries((list) => [{ id, ...entry }, ...list].slice(0, HISTORY));
    if (entry.response) navigator.vibrate?.(entry.response.result === "ADMITTED" ? 120 : [250, 100, 250]);
  }

  function typed(code: string): boolean {
    const request = validate(code, true);
    if (request) void send(request);
    return request !== null;
  }

  function seen(raw: string) {
    const now = Date.now();
    const last = lastSeen.current;
    if (last && last.raw === raw && now - last.at < REPEAT_MS) {
      last.at = now; // still in view
      return;
    }
    if (cameraBusy.current) return; // one at a time; the code is read again on the next frame
    const request = validate(raw, false);
    if (!request) return;
    lastSeen.current = { raw, at: now };
    cameraBusy.current = true;
    void send(request).finally(() => {
      cameraBusy.current = false;
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <p className="text-lg">
          <strong>{counts.admitted}</strong> van {counts.total} tickets binnen
        </p>
        <ScannerResult entry={latest} />
        <ScannerHistory entries={entries} />
      </div>
      <div className="min-w-0 space-y-6">
        <ScannerCamera onCode={seen} />
        <ScannerCodeForm
          formId={FORM_ID}
          performanceId={performanceId}
          action={formAction}
          onCode={typed}
          errors={fieldErrors.code}
          message={errors ? undefined : serverFailure?.message}
          pending={pending > 0}
        />
        <section aria-labelledby="scanner-device-title">
          <h2 id="scanner-device-title" className="mb-2 text-xl font-semibold">
            Dit toestel
          </h2>
          <ScannerDeviceField
            value={device}
            onChange={setDevice}
            formId={FORM_ID}
            errors={fieldErrors.device}
          />
        </section>
      </div>
    </div>
  );
}
