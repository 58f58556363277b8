// A message box above or inside a page: what just happened (success), what needs attention
// (warning), what went wrong (error), or plain information. One look for the whole portal.
// Success and info are a status (read out politely); an error is an alert.
import type { ReactNode } from "react";

const TONES = {
  success: "border-brand-700 bg-brand-50 text-brand-900",
  info: "border-slate-500 bg-slate-50 text-slate-900",
  warning: "border-amber-600 bg-amber-50 text-slate-900",
  error: "border-red-700 bg-red-50 text-red-900",
} as const;

export function Notice({
  tone = "info",
  title,
  children,
  className = "mb-6",
}: {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border-l-4 p-4 ${TONES[tone]} ${className}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
