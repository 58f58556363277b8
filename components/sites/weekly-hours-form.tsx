"use client";
// Staff edit a site's week: per day up to three windows (morning, afternoon, evening opening),
// named `days.<weekday>.windows.<n>.…` (`days.tuesday.windows.2.opensAt`).
import { Checkbox, Form, SubmitButton, TextField } from "@/components/ui/form";
import { formatMinutes } from "@/lib/be/time";
import { replaceWeeklyHoursAction } from "@/lib/sites/actions";
import type { OpeningWindow } from "@/lib/sites/opening-status";
import { WEEKDAYS } from "@/lib/sites/labels";
import { WEEKDAY_KEYS, WINDOWS_PER_DAY, weeklyHoursSchema } from "@/lib/sites/schema";

export function WeeklyHoursForm({
  siteId,
  siteName,
  windows,
}: {
  siteId: string;
  siteName: string;
  windows: OpeningWindow[];
}) {
  return (
    <Form
      action={replaceWeeklyHoursAction}
      schema={weeklyHoursSchema}
      label={`Weekuren ${siteName} wijzigen`}
      keepValues
      success={() => "De openingsuren zijn bewaard en staan meteen op de site."}
    >
      <input type="hidden" name="siteId" value={siteId} />
      {WEEKDAYS.map((day, index) => {
        const today = windows.filter((w) => w.weekday === index + 1);
        return (
          <fieldset key={day} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 font-semibold capitalize">{day}</legend>
            <div className="space-y-2">
              {Array.from({ length: WINDOWS_PER_DAY }, (_, n) => {
                const w = today[n];
                const name = `days.${WEEKDAY_KEYS[index]}.windows.${n}`;
                const which = `${day} ${n + 1}`;
                return (
                  <div key={name} className="grid items-end gap-2 sm:grid-cols-[7rem_7rem_1fr_auto]">
                    <TextField
                      label={`Van (${which})`}
                      name={`${name}.opensAt`}
                      type="time"
                      optional
                      defaultValue={w ? formatMinutes(w.opensAt) : ""}
                    />
                    <TextField
                      label={`Tot (${which})`}
                      name={`${name}.closesAt`}
                      type="time"
                      optional
                      defaultValue={w ? formatMinutes(w.closesAt) : ""}
                    />
                    <TextField
                      label={`Label (${which})`}
                      name={`${name}.label`}
                      optional
                      defaultValue={w?.label ?? ""}
                    />
                    <div className="pb-2">
                      <Checkbox
                        name={`${name}.byAppointmentOnly`}
                        label={
                          <span className="font-normal">
                            alleen op afspraak<span className="sr-only"> ({which})</span>
                          </span>
                        }
                        defaultChecked={w?.byAppointmentOnly}
                      />
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <p className="text-sm text-slate-700">
        Laat een rij leeg als er geen opening is. Een lege dag is een gesloten dag.
      </p>
      <SubmitButton>Openingsuren bewaren</SubmitButton>
    </Form>
  );
}
