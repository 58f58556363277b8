import type { ReactNode } from "react";

export function Card({
  title,
  children,
  as: Heading = "h2",
}: {
  title?: string;
  children: ReactNode;
  as?: "h2" | "h3";
}) {
  return (
    <section className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      {title && <Heading className="mb-3 text-xl font-semibold text-slate-900">{title}</Heading>}
      {children}
    </section>
  );
}
