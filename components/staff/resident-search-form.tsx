// A GET form, so it works without JavaScript and the result page has a shareable address.
import { buttonClass } from "@/components/ui/button-class";

export function ResidentSearchForm({
  defaultValue,
  action = "/beheer/inwoners",
  keep = {},
}: {
  defaultValue?: string;
  /** The page that lists the results (the desk of a service searches on its own page). */
  action?: string;
  /** Query values that page needs to keep (the hall chosen at the hall desk). */
  keep?: Record<string, string>;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="Inwoner zoeken"
      className="flex flex-wrap items-end gap-3"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-0 flex-1">
        <label htmlFor="resident-q" className="block font-semibold">
          Naam of e-mailadres
        </label>
        <input
          id="resident-q"
          name="q"
          type="search"
          minLength={2}
          defaultValue={defaultValue}
          className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2"
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Zoeken
      </button>
    </form>
  );
}
