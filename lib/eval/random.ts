/**
 * A fixed-seed generator for benchmarks and fuzzing: the same seed gives the same inputs, so figures can be compared
 * run to run. Not for anything secret (lib/tokens.ts makes those).
 */
export function seededRandom(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % 2 ** 31;
  return () => {
    // Math.imul keeps the product exact (mod 2^32): a float product past 2^53 loses its low bits, and the sequence
    // then falls into cycles of a few thousand values, repeating "random" inputs.
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fff_ffff;
    return state / 2 ** 31;
  };
}

export function pickWith<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pickWith needs at least one item");
  return item;
}
