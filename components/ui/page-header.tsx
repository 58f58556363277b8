// The top of every page: where it sits (the breadcrumb trail, for pages below a catalogue or a
// list), its title and a short introduction.
import Link from "next/link";
import type { ReactNode } from "react";

/** The pages above this one, outermost first; this page itself is the title. */
export type Trail = { href: string; label: string }[];

function Breadcrumbs({ trail, current }: { trail: Trail; current: string }) {
  return (
    <nav aria-label="Kruimelpad" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
        {trail.map((step) => (
          <li key={step.href} className="flex items-center gap-2">
            <Link href={step.href} prefetch={false}>
              {step.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="break-words">
          {current}
        </li>
      </ol>
    </nav>
  );
}

export function PageHeader({
  title,
  intro,
  trail,
  children,
}: {
  title: string;
  intro?: ReactNode;
  trail?: Trail;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8">
      {trail && trail.length > 0 && <Breadcrumbs trail={trail} current={title} />}
      <h1 className="text-3xl font-bold tracking-tight break-words hyphens-auto text-slate-900 sm:text-4xl">
        {title}
      </h1>
      {intro && <p className="mt-3 max-w-3xl text-lg text-slate-700">{intro}</p>}
      {children}
    </div>
  );
}
