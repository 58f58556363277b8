// The two forms every visitor of a page rendered per request gets (components/ui/form/first-use-form.tsx:
// sign-in and the walk-in queue number) without JavaScript: the server refuses a bad post with the
// error on the field and keeps what was typed, and a good post does its work. With JavaScript they
// are proven in js-budget.spec.ts (the check loads on first use), auth.spec.ts and appointments.spec.ts.
import { expect, test } from "@playwright/test";

test.describe("a form whose check loads on first use, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the queue number form refuses a post without a choice, keeps the e-mail address, and gives a number once a choice is made", async ({
    page,
  }) => {
    await page.goto("/wachtrij/gemeentehuis-ruiselede");
    const form = page.getByRole("form", { name: "Volgnummer nemen" });
    await form.getByLabel("E-mailadres").fill("bezoeker@voorbeeld.be");
    await form.getByRole("button", { name: "Neem een volgnummer" }).click();
    await expect(form.getByRole("alert")).toContainText("Kies waarvoor je komt.");
    await expect(form.getByLabel("E-mailadres")).toHaveValue("bezoeker@voorbeeld.be");

    await form.getByRole("radio", { name: "Een andere vraag" }).check();
    await form.getByRole("button", { name: "Neem een volgnummer" }).click();
    await expect(page.getByTestId("ticket-code")).toHaveText(/^D\d{3}$/);
  });

  test("the sign-in form refuses a wrong address with the error on the field, keeps it, and sends the link for a good one", async ({
    page,
  }) => {
    await page.goto("/aanmelden");
    const form = page.getByRole("form", { name: "Aanmelden met e-mail" });
    await form.getByLabel("E-mailadres").fill("geen-adres");
    await form.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
    await expect(form.getByLabel("E-mailadres")).toHaveAccessibleDescription(
      /Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld\.be\./,
    );
    await expect(form.getByLabel("E-mailadres")).toHaveValue("geen-adres");

    await form.getByLabel("E-mailadres").fill(`zonder-script-${Date.now()}@example.be`);
    await form.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
    await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
  });
});
