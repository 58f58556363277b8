// The erasure table as staff read it before confirming: what goes, what is blanked, what is kept
// and why (lib/privacy/erasure-rules).
import type { RuleLine } from "@/lib/privacy/erasure-preview";

const HEADINGS = {
  remove: "Wordt verwijderd",
  pseudonymise: "Blijft, maar zonder naam, contactgegevens en vrije tekst",
  keep: "Wordt bewaard",
} as const;

export function ErasureRulesList({ groups }: { groups: Record<keyof typeof HEADINGS, RuleLine[]> }) {
  return (
    <div className="space-y-4">
      {(Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).map((action) => (
        <section key={action}>
          <h3 className="font-semibold">{HEADINGS[action]}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {groups[action].map((line) => (
              <li key={line.what} className="break-words">
                {line.what}. <span className="text-slate-700">{line.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
