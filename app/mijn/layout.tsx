import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/ui/nav-link";
import { requireUser } from "@/lib/auth/guards";

// Everything under /mijn depends on who is asking: the segment renders per request, without a
// static shell or loading state (Cache Components' "blocking route").
export const instant = false;

const links = [
  { href: "/mijn", label: "Overzicht" },
  { href: "/mijn/profiel", label: "Mijn gegevens" },
  { href: "/mijn/gezin", label: "Mijn gezin" },
  { href: "/mijn/verenigingen", label: "Mijn verenigingen" },
  { href: "/mijn/zalen", label: "Mijn zalen" },
  { href: "/mijn/uitleningen", label: "Mijn uitleningen" },
  { href: "/mijn/facturen", label: "Mijn facturen" },
  { href: "/mijn/activiteiten", label: "Mijn activiteiten" },
  { href: "/mijn/afspraken", label: "Mijn afspraken" },
  { href: "/mijn/meldingen", label: "Mijn meldingen" },
  { href: "/mijn/aanvragen", label: "Mijn aanvragen" },
];

export default async function MyLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser("/mijn");
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-300 pb-4">
        <nav aria-label="Mijn Wingene">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href} className="font-semibold">
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          {actor.actingFor && (
            <p className="rounded bg-accent-500/30 px-3 py-1 text-sm font-semibold">
              Namens {actor.actingFor.name}
            </p>
          )}
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
