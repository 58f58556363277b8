"use client";
// Which service at which town hall the desk books: a GET form, so the page shows that service's moments.
import { QueryForm, Select, SubmitButton } from "@/components/ui/form";

type Choice = { id: string; name: string };

export function ServiceSiteChoice({
  services,
  sites,
  service,
  site,
  keep,
}: {
  services: Choice[];
  sites: Choice[];
  service?: string;
  site: string;
  /** The resident and the previous appointment the booking is for. */
  keep: Record<string, string | undefined>;
}) {
  return (
    <QueryForm
      action="/beheer/onthaal/boeken"
      label="Vrije momenten zoeken"
      values={{ dienst: service ?? "", site }}
      className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-end"
    >
      {Object.entries(keep).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <Select
        name="dienst"
        label="Dienst"
        placeholder="Kies een dienst"
        options={services.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Select name="site" label="Gemeentehuis" options={sites.map((s) => ({ value: s.id, label: s.name }))} />
      <SubmitButton kind="secondary">Toon vrije momenten</SubmitButton>
    </QueryForm>
  );
}
