// The result of a test run: per child its place in the draw order and what it would get. Nothing
// of it is stored; the same seed shows the same list.
import { DataList } from "@/components/ui/data-list";
import type { TrialRow } from "@/lib/activities/queries/lottery";

function outcome(r: TrialRow) {
  if (r.sessionId) return `${r.sessionLabel} (keuze ${r.rank})`;
  return r.waitingLabel ? `wachtlijst ${r.waitingLabel}` : "niet geplaatst";
}

export function TrialResult({ rows, seed }: { rows: TrialRow[]; seed: string }) {
  const placed = rows.filter((r) => r.sessionId).length;
  return (
    <section aria-labelledby="proef-resultaat" className="mt-4">
      <h3 id="proef-resultaat" className="mb-2 text-lg font-semibold">
        Proefloting met seed <code className="break-all">{seed}</code>
      </h3>
      <p className="mb-3">
        {placed} geplaatst, {rows.length - placed} op de wachtlijst. Niets is opgeslagen.
      </p>
      <DataList
        caption={`Verdeling van de proefloting met seed ${seed}`}
        rows={rows}
        rowKey={(r) => r.childId}
        empty="Nog geen deelnames."
        columns={[
          { key: "position", label: "Volgorde", align: "right", cell: (r) => r.position },
          { key: "child", label: "Kind", primary: true, cell: (r) => r.childName },
          { key: "together", label: "Samen", cell: (r) => (r.together ? "met broer/zus" : "") },
          { key: "outcome", label: "Resultaat", cell: outcome },
        ]}
      />
    </section>
  );
}
