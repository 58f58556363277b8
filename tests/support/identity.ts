// A municipality that is not Wingene, so tests of mails and documents prove the identity comes
// from data and nothing is hard-coded.
export const testIdentity = {
  name: "Gemeente Proefdorp",
  street: "Dorpsplein 1",
  postcode: "9999",
  city: "Proefdorp",
  phoneDisplay: "050 00 00 00",
  email: "info@proefdorp.be",
  website: null,
};
