// One appointment as the mail and document templates read it.
export const appointment = {
  id: "afspraak1",
  sequence: 0,
  startsAt: new Date("2027-06-15T07:30:00Z"),
  endsAt: new Date("2027-06-15T07:45:00Z"),
  name: "An Peeters",
  email: "an@example.be",
  service: { name: "Reispas aanvragen", slug: "reispas", whatToBring: "Je identiteitskaart" },
  desk: { name: "Burgerzaken 1" },
  site: { name: "Gemeentehuis Proefdorp", street: "Dorpsplein 1", postcode: "9999", city: "Proefdorp" },
};
