"use client";
// Staff edit a site's week: per day up to three windows (morning, afternoon, evening opening).
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { replaceWeeklyHoursAction } from "@/lib/sites/actions";
import type { OpeningWindow } from "@/lib/sites/opening-status";
import { WEEKDAYS, weeklyHoursSchema, WINDOWS_PER_DAY } from "@/lib/sites/hours-schema";

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

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
    <ActionForm
      action={replaceWeeklyHoursAction}
      schema={weeklyHoursSchema}
      label={`Weekuren ${siteName} wijzigen`}
      success={() => "De openingsuren zijn bewaard en staan meteen op de site."}
    >
      <input type="hidden" name="siteId" value={siteId} />
      {WEEKDAYS.map((day, index) => {
        const weekday = index + 1;
        const today = windows.filter((w) => w.weekday === weekday);
        return (
          <fieldset key={day} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 font-semibold capitalize">{day}</legend>
            <div className="space-y-2">
              {Array.from({ length: WINDOWS_PER_DAY }, (_, n) => {
                const w = today[n];
                const key = `d${weekday}_${n}`;
                return (
                  <div key={key} className="grid items-end gap-2 sm:grid-cols-[7rem_7rem_1fr_auto]">
                    <TextField
                      label={`Van (${day} ${n + 1})`}
                      name={`${key}_open`}
                      type="time"
                      optional
                      defaultValue={w ? hhmm(w.opensAt) : ""}
                    />
                    <TextField
                      label={`Tot (${day} ${n + 1})`}
                      name={`${key}_close`}
                      type="time"
                      optional
                      defaultValue={w ? hhmm(w.closesAt) : ""}
                    />
                    <TextField
                      label={`Label (${day} ${n + 1})`}
                      name={`${key}_label`}
                      optional
                      defaultValue={w?.label ?? ""}
                    />
                    <label className="flex items-center gap-2 pb-2">
                      <input
                        type="checkbox"
                        name={`${key}_appt`}
                        defaultChecked={w?.byAppointmentOnly}
                        className="h-5 w-5"
                      />
                      alleen op afspraak
                    </label>
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
    </ActionForm>
  );
}
