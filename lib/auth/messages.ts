// What people read when signing in fails or is refused.
export const authMessages = {
  tooManyLinks:
    "Er werden de voorbije minuten te veel aanmeldlinks gevraagd. Wacht een kwartier en probeer opnieuw, of gebruik de link uit je laatste e-mail.",
} as const;
