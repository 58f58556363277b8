// The uitleendienst's depot in e2e tests: a Friday to pick up and the Monday to bring back, both
// open depot days (public holidays close it), beyond the lead time, spread over some weeks so
// repeated runs on one database do not pile onto one weekend.
import type { Locator } from "@playwright/test";
import { isWorkingDay } from "@/lib/be/working-days";
import { brusselsDateKey, plusDays } from "./util";

export function depotWeekend(daysAhead: number, spreadWeeks: number): { friday: string; monday: string } {
  let friday = brusselsDateKey(daysAhead);
  while (new Date(`${friday}T12:00:00Z`).getUTCDay() !== 5) friday = plusDays(friday, 1);
  friday = plusDays(friday, 7 * Math.floor(Math.random() * spreadWeeks));
  while (!isWorkingDay(friday) || !isWorkingDay(plusDays(friday, 3))) friday = plusDays(friday, 7);
  return { friday, monday: plusDays(friday, 3) };
}

/** Fills the basket form for the weekend, in Chiro Zwevezele's name (a recognised association), and asks for the review. */
export async function askReviewForChiro(
  form: Locator,
  quantities: Record<string, string>,
  { friday, monday }: { friday: string; monday: string },
): Promise<void> {
  for (const [label, quantity] of Object.entries(quantities)) await form.getByLabel(label).fill(quantity);
  await form.getByLabel("Ophalen op").fill(friday);
  await form.getByLabel("Ophaalmoment aan het depot").selectOption({ label: "vrijdag 18:00–20:00 (avond)" });
  await form.getByLabel("Terugbrengen op").fill(monday);
  await form.getByLabel("Terugbrengmoment").selectOption({ label: "maandag 18:00–20:00 (avond)" });
  await form.getByLabel("Namens Chiro Zwevezele (erkende vereniging)").check();
  await form.getByRole("button", { name: "Prijs en beschikbaarheid nakijken" }).click();
}
