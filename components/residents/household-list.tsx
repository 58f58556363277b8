import type { ReactNode } from "react";
import { formatDate } from "@/lib/be/time";

type Member = { id: string; firstName: string; lastName: string; birthDate: Date };

function age(birthDate: Date, now = new Date()): number {
  let years = now.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birthDate.getUTCMonth() ||
    (now.getUTCMonth() === birthDate.getUTCMonth() && now.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) years--;
  return years;
}

export function HouseholdList({ members, action }: { members: Member[]; action?: (m: Member) => ReactNode }) {
  if (members.length === 0) return <p>Nog geen gezinsleden.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {members.map((m) => (
        <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
          <span>
            <strong>
              {m.firstName} {m.lastName}
            </strong>{" "}
            – geboren op {formatDate(m.birthDate)} ({age(m.birthDate)} jaar)
          </span>
          {action?.(m)}
        </li>
      ))}
    </ul>
  );
}
