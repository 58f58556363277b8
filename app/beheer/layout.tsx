import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/ui/nav-link";
import { requireAnyStaff } from "@/lib/auth/guards";
import { STAFF_ROLE_LABELS } from "@/lib/staff/labels";
import { sectionHref, sectionsFor } from "@/lib/staff/sections";

// Everything under /beheer depends on who is asking: the segment renders per request, without a
// static shell or loading state (Cache Components' "blocking route").
export const instant = false;

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireAnyStaff("/beheer");
  const sections = sectionsFor(actor.permissions);
  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr] md:gap-8">
      {/* On a phone (at the door, at a desk) the menu is one compact row, so the work comes first. */}
      <aside className="border-b border-slate-300 pb-3 md:border-0 md:pb-0">
        <p className="mb-1 hidden text-sm text-slate-700 md:block">Aangemeld als medewerker</p>
        <p className="mb-4 hidden font-semibold md:block">
          {actor.name}{" "}
          <span className="block text-sm font-normal">
            {actor.roles.map((r) => STAFF_ROLE_LABELS[r]).join(", ")}
          </span>
        </p>
        <nav aria-label="Beheer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 md:block md:space-y-1">
            <li>
              <NavLink href="/beheer" className="block py-1">
                Overzicht
              </NavLink>
            </li>
            {sections.map((s) => (
              <li key={s.slug}>
                <NavLink href={sectionHref(s)} className="block py-1">
                  {s.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-6 hidden md:block">
          <SignOutButton />
        </div>
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
