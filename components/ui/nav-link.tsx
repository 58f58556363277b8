"use client";
// A navigation link that tells screen readers and sighted users which page is the current one.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({
  href,
  children,
  className = "",
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const current = usePathname() === href;
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`${className} aria-[current=page]:font-bold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline`}
    >
      {children}
    </Link>
  );
}
