// One error class for expected failures. Its code decides the HTTP status and the Dutch message a
// user sees; anything that is not an AppError is logged and shown as a generic message.
export const ERROR_CODES = {
  UNAUTHENTICATED: { status: 401, message: "Meld je eerst aan." },
  FORBIDDEN: { status: 403, message: "Je hebt geen toegang tot deze pagina of actie." },
  NOT_FOUND: { status: 404, message: "We vonden niet wat je zocht." },
  INVALID_INPUT: { status: 400, message: "Controleer de gemarkeerde velden." },
  CONFLICT: { status: 409, message: "Dit is intussen gewijzigd. Probeer opnieuw." },
  RATE_LIMITED: { status: 429, message: "Te veel pogingen. Probeer het binnen enkele minuten opnieuw." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_CODES[code].message);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
  }
}

/** An expected failure that belongs to one form field: formAction shows it next to that field. */
export class FieldError extends AppError {
  readonly field: string;

  constructor(field: string, message: string, code: ErrorCode = "INVALID_INPUT") {
    super(code, message);
    this.field = field;
  }
}

export const GENERIC_ERROR_MESSAGE =
  "Er ging iets mis aan onze kant. Er is niets verloren gegaan; probeer het later opnieuw.";
