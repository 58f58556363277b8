// The fake Stripe's hosted checkout page: plain HTML forms, so it works without JavaScript and
// end-to-end tests can click through it by role and name like a real buyer would.

export type PayAction = "bancontact" | "card" | "bancontact_fails" | "cancel";

export type PayPageItem = { name: string; quantity: number; unitAmount: number };

const BUTTONS: { action: PayAction; label: string; method?: "bancontact" | "card" }[] = [
  { action: "bancontact", label: "Betalen met Bancontact", method: "bancontact" },
  { action: "card", label: "Betalen met kaart", method: "card" },
  { action: "bancontact_fails", label: "Bancontact: betaling mislukt", method: "bancontact" },
  { action: "cancel", label: "Annuleren" },
];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const formatAmount = (cents: number, currency: string) =>
  new Intl.NumberFormat("nl-BE", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

const layout = (title: string, body: string) => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Stripe (test)</title></head>
<body><main>
${body}
</main></body>
</html>`;

export function renderPayPage(input: {
  sessionId: string;
  items: PayPageItem[];
  amountTotal: number;
  currency: string;
  methods: string[];
}): string {
  const items = input.items
    .map(
      (i) =>
        `<li>${i.quantity} × ${escapeHtml(i.name)}: ${formatAmount(i.unitAmount * i.quantity, input.currency)}</li>`,
    )
    .join("\n");
  // Only the payment methods the session allows are offered, as on the real page.
  const buttons = BUTTONS.filter((b) => !b.method || input.methods.includes(b.method))
    .map((b) => `<button type="submit" name="action" value="${b.action}">${escapeHtml(b.label)}</button>`)
    .join("\n");
  return layout(
    "Testbetaling",
    `<h1>Testbetaling</h1>
<p>Te betalen: <strong>${formatAmount(input.amountTotal, input.currency)}</strong></p>
<ul>
${items}
</ul>
<form method="post" action="/pay/${encodeURIComponent(input.sessionId)}">
${buttons}
</form>`,
  );
}

export function renderMessagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}
