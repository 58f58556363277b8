// What buyers and staff read when paying, settling or refunding an order fails.
export const paymentMessages = {
  orderNotFound: "Deze bestelling bestaat niet.",
  // A guard: the forms already refuse an empty choice with their own words.
  emptyOrder: "Er zit niets in deze bestelling.",
  noLongerPayable: "Deze bestelling kan niet meer betaald worden.",
  transferNoLongerPossible: "Deze bestelling kan niet meer per overschrijving betaald worden.",
  invalidOgm: "Deze gestructureerde mededeling is ongeldig. Controleer de cijfers.",
  noOrderForOgm: "Geen bestelling met deze gestructureerde mededeling.",
  amountDiffers: "Het ontvangen bedrag verschilt van het bedrag van de bestelling.",
  onlyPaidRefundable: "Alleen een betaalde bestelling kan terugbetaald worden.",
  refundAboveTotal: "Er kan niet meer terugbetaald worden dan er betaald is.",
  refundNotPositive: "Het bedrag om terug te betalen moet groter dan nul zijn.",
  stripeRefundFailed: "Stripe kon het bedrag nu niet terugbetalen. Probeer het later opnieuw.",
  stripeKnowsNoPayment: "Stripe kent geen betaling voor deze bestelling.",
  alreadyPaid: "Deze bestelling was al betaald.",
  paidButGone: "Geboekt, maar wat besteld werd is intussen weg: betaal terug.",
  confirmLinkInvalid: "Deze bevestigingslink is niet (meer) geldig. Gebruik de link uit je laatste e-mail.",
  confirmTooLate:
    "Deze bestelling is verlopen of geannuleerd en kan niet meer bevestigd worden. Bestel opnieuw.",
  freeNeedsNoPayment: "Een gratis bestelling betaal je niet: bevestig ze met de link in je e-mail.",
  cancelledByBuyer: "Geannuleerd door de koper",
  latePaymentSoldOut:
    "Je betaling kwam binnen nadat je reservatie verlopen was, en intussen waren de plaatsen verkocht.",
  invoiceOnlyForRecognised:
    "Betalen met een factuur kan alleen voor een erkende vereniging waarvan je verantwoordelijke bent. Kies een andere betaalwijze.",
  invoiceNotPossible: "Deze bestelling kan niet meer op factuur betaald worden.",
  invoiceNotFound: "Deze factuur bestaat niet.",
  invoiceNotOpen: "Deze factuur is niet meer open: ze is al betaald of de bestelling is geannuleerd.",
  invoiceCancelWithWhatWasBought:
    "Een bestelling op factuur annuleer je met wat ze betaalt: je uitlening of zaalreservatie in Mijn Wingene.",
  invoicePaid: "Betaling geboekt; de factuur is betaald.",
  invoiceCapacityGone: "Wat besteld werd is intussen niet meer vrij. Kies een andere periode.",
} as const;
