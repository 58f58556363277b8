// How a lottery friend code is shown: "K7PMQ2XR" as people read it and type it back, "K7PM-Q2XR".
export const formatFriendCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
