// What a parent sees right after the click at opening, built from registerBasket's result: per
// child whether it has a place or waits, and for the places the order to pay and until when. Only
// plain values: it travels to the browser as the action's answer.
export type RegisterAnswer = {
  lines: { child: string; session: string; placed: boolean }[];
  /** The order holding the places, null when every line went to the waiting list. */
  order: { accessToken: string; totalCents: number; expiresAt: Date | null } | null;
};

/** Keeps of the created order only what the answer shows: its other fields stay on the server. */
export function registerAnswer(result: RegisterAnswer): RegisterAnswer {
  return {
    lines: result.lines,
    order: result.order
      ? {
          accessToken: result.order.accessToken,
          totalCents: result.order.totalCents,
          expiresAt: result.order.expiresAt,
        }
      : null,
  };
}
