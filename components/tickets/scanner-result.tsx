// The answer of the last scan, big enough to read at arm's length at the door, in a live region
// so a screen reader announces it. Colour is never the only signal: every answer has its words and
// its own sign. Also the short list of the last scans.
import type { ScanResponse, ScanResultCode } from "@/lib/tickets/scan-schema";

/** One scan as the scanner shows it: the server's answer, or why there is none. */
export type ScanEntry = { id: number; at: string; response?: ScanResponse; error?: string };

type Tone = { box: string; edge: string; sign: string };

const TONES: Record<ScanResultCode | "error", Tone> = {
  ADMITTED: { box: "bg-green-700 text-white", edge: "border-green-700", sign: "✓" },
  ALREADY_USED: { box: "bg-red-700 text-white", edge: "border-red-700", sign: "✕" },
  UNKNOWN: { box: "bg-red-700 text-white", edge: "border-red-700", sign: "✕" },
  CANCELLED: { box: "bg-red-700 text-white", edge: "border-red-700", sign: "✕" },
  WRONG_PERFORMANCE: { box: "bg-amber-300 text-slate-950", edge: "border-amber-500", sign: "!" },
  error: { box: "bg-slate-700 text-white", edge: "border-slate-700", sign: "?" },
};

const clock = (iso: string) =>
  new Intl.DateTimeFormat("nl-BE", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "Europe/Brussels",
  }).format(new Date(iso));

/** The first characters of a code: enough to tell two tickets apart on screen. */
const shortCode = (code: string) => (code.length > 10 ? `${code.slice(0, 8)}…` : code);

/** A ticket this very phone let in moments ago is most likely the same visitor scanned twice. */
const RESCAN_MS = 2 * 60_000;

function words(entry: ScanEntry) {
  const r = entry.response;
  if (!r)
    return { tone: TONES.error, headline: "Niet gecontroleerd", message: entry.error ?? "", note: undefined };
  const rescan =
    r.result === "ALREADY_USED" &&
    r.admittedBy === r.device &&
    r.admittedAt !== undefined &&
    Date.parse(r.at) - Date.parse(r.admittedAt) < RESCAN_MS;
  const note = rescan ? "Dit toestel liet dit ticket zonet binnen: wellicht dezelfde bezoeker." : undefined;
  return { tone: TONES[r.result], headline: r.headline, message: r.message, note };
}

export function ScannerResult({ entry }: { entry?: ScanEntry }) {
  const shown = entry && words(entry);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" aria-label="Resultaat van de laatste scan">
      {entry && shown ? (
        <div className={`rounded-xl p-5 shadow-md ${shown.tone.box}`}>
          <p className="flex items-center gap-3 text-4xl font-extrabold leading-tight sm:text-5xl">
            <span aria-hidden="true" className="shrink-0">
              {shown.tone.sign}
            </span>
            <span className="min-w-0 break-words">{shown.headline}</span>
          </p>
          {shown.message && shown.message !== shown.headline && (
            <p className="mt-2 break-words text-xl font-semibold">{shown.message}</p>
          )}
          {shown.note && <p className="mt-2 text-lg">{shown.note}</p>}
          <p className="mt-3 break-all text-base">
            {clock(entry.response?.at ?? entry.at)}
            {entry.response && ` · code ${shortCode(entry.response.code)} · ${entry.response.device}`}
          </p>
        </div>
      ) : (
        <p className="rounded-xl border-2 border-dashed border-slate-400 p-5 text-lg text-slate-800">
          Nog niets gescand. Scan een QR-code of typ de code in.
        </p>
      )}
    </div>
  );
}

export function ScannerHistory({ entries }: { entries: ScanEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="scanner-history-title">
      <h2 id="scanner-history-title" className="mb-2 text-xl font-semibold">
        Laatste scans
      </h2>
      <ol className="space-y-2">
        {entries.map((entry) => {
          const { tone, headline, message } = words(entry);
          return (
            <li key={entry.id} className={`rounded-md border-l-8 bg-slate-50 px-3 py-2 ${tone.edge}`}>
              <span className="font-bold">
                <span aria-hidden="true">{tone.sign} </span>
                {headline}
              </span>{" "}
              <span className="text-slate-700">· {clock(entry.response?.at ?? entry.at)}</span>
              {message && message !== headline && <span className="block break-words">{message}</span>}
              {entry.response && (
                <span className="block break-all text-sm text-slate-700">
                  code {shortCode(entry.response.code)} · {entry.response.device}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
