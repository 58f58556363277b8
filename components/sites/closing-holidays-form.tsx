"use client";
// The holidays on which every town hall closes. The dates follow by themselves every year.
import { CheckboxGroup, Form, SubmitButton } from "@/components/ui/form";
import { formatLongDate, brusselsInstant } from "@/lib/be/time";
import { setClosingHolidaysAction } from "@/lib/sites/actions";
import { closingHolidaysSchema } from "@/lib/sites/schema";

type Choice = { rule: string; name: string; dateKey: string; official: boolean; closed: boolean };

export function ClosingHolidaysForm({ holidays }: { holidays: Choice[] }) {
  return (
    <Form
      action={setClosingHolidaysAction}
      schema={closingHolidaysSchema}
      label="Gesloten op feestdagen"
      keepValues
      success={() => "Bewaard. De gemeentehuizen zijn elk jaar op deze feestdagen gesloten."}
    >
      <CheckboxGroup
        name="rules"
        legend="Op welke feestdagen zijn alle gemeentehuizen gesloten?"
        hint="De datums van dit jaar; volgende jaren rekent het loket zelf uit (Pasen, Hemelvaart, Pinksteren)."
        defaultValue={holidays.filter((h) => h.closed).map((h) => h.rule)}
        options={holidays.map((h) => ({
          value: h.rule,
          label: h.name,
          hint: `${formatLongDate(brusselsInstant(h.dateKey, 720))}${h.official ? "" : " · geen wettelijke feestdag"}`,
        }))}
      />
      <SubmitButton>Feestdagen bewaren</SubmitButton>
    </Form>
  );
}
