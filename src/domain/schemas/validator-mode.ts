// How zod checks one file. Zod 4 compiles a specialised parser for each object schema the first
// time it is used: that pays off for a 10,000-goal canvas and is pure cost for an example-sized
// one (about 40 ms of a 300 ms `validate`, measured side by side). The verdicts are the same.

/** Files of at least this many characters are checked with zod's compiled parsers. */
export const COMPILED_PARSER_MIN_CHARS = 1_000_000;

/** The parse options for a file of `chars` characters: interpreted when small, compiled when large. */
export const parseOptionsFor = (chars: number): { jitless: boolean } => ({ jitless: chars < COMPILED_PARSER_MIN_CHARS });
