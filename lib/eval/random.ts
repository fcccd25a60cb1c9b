/**
 * A fixed-seed generator for benchmarks and fuzzing: the same seed gives the same inputs, so figures can be compared
 * run to run. Not for anything secret (lib/tokens.ts makes those).
 */
export function seededRandom(seed: number): () => number {
  let state = seed % 2 ** 31;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function pickWith<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pickWith needs at least one item");
  return item;
}
