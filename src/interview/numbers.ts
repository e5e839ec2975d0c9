// Numbers as a workshop writes them: 5万, 1.2亿, 3千, 50,000, 2k, full-width digits (５０００). The
// interview takes them where it asks for a number and says what it understood, so "5万" becomes
// 50000 in the file and a slip shows on the screen at once.

/** Multipliers of the number words the interview understands. */
const UNITS: Record<string, number> = {
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
};

/** Full-width digits and signs as their ASCII forms. */
const halfWidth = (raw: string): string =>
  raw.replace(/[\uff10-\uff19\uff0b\uff0d\uff0e\uff0c]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** A number as understood: its value and the plain digits a validator checks. */
export interface UnderstoodNumber {
  value: number;
  plain: string;
}

/**
 * The number `raw` writes, or undefined when it is no number (the validator then says what is
 * expected). Grouping commas must group by three ("50,000"), units multiply ("1.2亿" = 120000000),
 * and the result must be a whole number for the plain form to be digits.
 */
export function parseNumber(raw: string): UnderstoodNumber | undefined {
  const text = halfWidth(raw.trim()).replace(/\s+/g, '');
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(千|万|萬|亿|億|[kKmM])?$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction, unit] = match;
  const magnitude = Number(`${whole!.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`) * (unit ? UNITS[unit]! : 1);
  const rounded = Math.round(magnitude * 1e6) / 1e6;
  if (!Number.isFinite(rounded)) return undefined;
  const value = sign === '-' ? -rounded : rounded;
  return { value, plain: Number.isInteger(value) ? String(value) : text };
}
