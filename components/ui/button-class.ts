// Button looks shared by <button>s and links that act as buttons (server and client components).
export function buttonClass(kind: "primary" | "secondary" | "danger" = "primary"): string {
  const base =
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold no-underline disabled:opacity-60";
  const kinds = {
    primary: "bg-brand-700 text-white hover:bg-brand-800 hover:text-white",
    secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
    danger: "bg-red-700 text-white hover:bg-red-800 hover:text-white",
  };
  return `${base} ${kinds[kind]}`;
}
