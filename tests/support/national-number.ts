// A valid national register number (born in the 1900s) that differs per call, for rows with a
// unique national number; the check digits are computed, not looked up.
import { randomInt } from "node:crypto";

const two = (n: number) => String(n).padStart(2, "0");

export function testNationalNumber(): string {
  const nine = `${two(randomInt(0, 100))}${two(randomInt(1, 13))}${two(randomInt(1, 29))}${String(randomInt(1, 998)).padStart(3, "0")}`;
  return `${nine}${two(97 - Number(BigInt(nine) % 97n))}`;
}
