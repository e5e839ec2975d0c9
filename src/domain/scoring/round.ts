// Scores are shown and compared with two decimals; rounding once here keeps JSON free of float noise.

/** Rounds to two decimals. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
