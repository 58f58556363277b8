import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/ui/nav-link";
import { requireAnyStaff } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { sectionsFor } from "@/lib/staff/sections";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireAnyStaff("/beheer");
  const sections = sectionsFor(actor.permissions);
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <aside>
        <p className="mb-1 text-sm text-slate-700">Aangemeld als medewerker</p>
        <p className="mb-4 font-semibold">
          {actor.name}{" "}
          <span className="block text-sm font-normal">
            {actor.roles.map((r) => ROLE_LABELS[r]).join(", ")}
          </span>
        </p>
        <nav aria-label="Beheer">
          <ul className="space-y-1">
            <li>
              <NavLink href="/beheer" className="block py-1">
                Overzicht
              </NavLink>
            </li>
            {sections.map((s) => (
              <li key={s.slug}>
                <NavLink href={`/beheer/${s.slug}`} className="block py-1">
                  {s.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
