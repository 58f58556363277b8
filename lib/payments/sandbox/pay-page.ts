// The sandbox's hosted checkout page: plain HTML forms, so it works without JavaScript and
// end-to-end tests can click through it by role and name like a real buyer would. In the demo
// every page says plainly that no money moves and what each choice does.

export type PayAction = "bancontact" | "card" | "bancontact_fails" | "cancel";

export type PayPageItem = { name: string; quantity: number; unitAmount: number };

const BUTTONS: { action: PayAction; label: string; effect: string; method?: "bancontact" | "card" }[] = [
  { action: "card", label: "Betalen met kaart", effect: "meteen betaald", method: "card" },
  {
    action: "bancontact",
    label: "Betalen met Bancontact",
    effect: "eerst in behandeling, de bank bevestigt even later",
    method: "bancontact",
  },
  {
    action: "bancontact_fails",
    label: "Bancontact: betaling mislukt",
    effect: "de bank weigert, je kunt opnieuw proberen",
    method: "bancontact",
  },
  { action: "cancel", label: "Annuleren", effect: "terug naar de bestelling, niets betaald" },
];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const formatAmount = (cents: number, currency: string) =>
  new Intl.NumberFormat("nl-BE", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

const DEMO_BANNER = `<p role="note" data-testid="demo-payment"><strong>Demo-betaling.</strong> Dit is de oefenkassa
van de demo: er wordt geen echt geld betaald en er is geen bank betrokken. Kies wat er met de betaling gebeurt.</p>`;

const layout = (title: string, body: string, demo: boolean) => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${demo ? "demo-betaling" : "Stripe (test)"}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; line-height: 1.5; color: #111; }
main { max-width: 36rem; margin: 0 auto; }
[role="note"] { background: #fff4c2; border: 2px solid #8a6d00; border-radius: .5rem; padding: .75rem 1rem; }
button { font: inherit; padding: .5rem 1rem; border-radius: .375rem; border: 1px solid #1e3a8a; background: #1e3a8a; color: #fff; cursor: pointer; }
button[value="cancel"] { background: #fff; color: #1e3a8a; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
</style></head>
<body><main>
${demo ? DEMO_BANNER : ""}
${body}
</main></body>
</html>`;

export function renderPayPage(input: {
  action: string;
  items: PayPageItem[];
  amountTotal: number;
  currency: string;
  methods: string[];
  demo: boolean;
}): string {
  const items = input.items
    .map(
      (i) =>
        `<li>${i.quantity} × ${escapeHtml(i.name)}: ${formatAmount(i.unitAmount * i.quantity, input.currency)}</li>`,
    )
    .join("\n");
  // Only the payment methods the session allows are offered, as on the real page.
  const buttons = BUTTONS.filter((b) => !b.method || input.methods.includes(b.method))
    .map(
      (b) =>
        `<p><button type="submit" name="action" value="${b.action}">${escapeHtml(b.label)}</button>` +
        (input.demo ? ` <span>(${escapeHtml(b.effect)})</span>` : "") +
        `</p>`,
    )
    .join("\n");
  return layout(
    "Testbetaling",
    `<h1>Testbetaling</h1>
<p>Te betalen: <strong>${formatAmount(input.amountTotal, input.currency)}</strong></p>
<ul>
${items}
</ul>
<form method="post" action="${escapeHtml(input.action)}">
${buttons}
</form>`,
    input.demo,
  );
}

export function renderMessagePage(title: string, message: string, demo = false): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`, demo);
}
