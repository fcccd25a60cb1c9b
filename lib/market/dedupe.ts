/**
 * Drops the same posting seen twice: exactly (the same words, whatever the spacing, case or punctuation) or nearly
 * (the same posting on two boards, each adding its own header, footer or tracking line).
 *
 * Near duplicates are found with MinHash over word 3-shingles and locality-sensitive hashing: each posting gets
 * SIGNATURE_SIZE minimum hashes, split into BANDS bands; two postings whose bands collide are compared signature to
 * signature, and count as one posting when their estimated Jaccard similarity reaches `threshold`. With 8 bands of
 * 4 rows, postings 80% alike collide in some band 98.5% of the time; 50% alike, 40% of the time (and are then
 * rejected by the comparison). Memory is bounded: SIGNATURE_SIZE × 4 bytes and BANDS map entries per posting, up to
 * `capacity` postings; past that, new postings are still checked against those indexed but not indexed themselves.
 */

export const SIGNATURE_SIZE = 32;
const BANDS = 8;
const ROWS = SIGNATURE_SIZE / BANDS;

export type DuplicateVerdict = "new" | "exact" | "near";

export interface DuplicateFilterOptions {
  /** Estimated Jaccard similarity of word 3-shingles at or above which two postings are one (default 0.8). */
  threshold?: number;
  /** Postings indexed at most (default 500,000: about 200 MB at the cap). */
  capacity?: number;
}

/** Lower-cased words (letters and digits), so spacing, case and punctuation do not make two postings differ. */
const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16_777_619);
  }
  return hash >>> 0;
}

/** Murmur3's finalizer: spreads a 32-bit value over all bits, the cheap stand-in for a random permutation. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e37_79b9 + i * 0x632b_e5ab));

export class DuplicateFilter {
  private readonly exact = new Set<number>();
  private readonly bands: Map<number, number>[] = Array.from({ length: BANDS }, () => new Map());
  private signatures = new Uint32Array(SIGNATURE_SIZE * 1024);
  private indexed = 0;
  private readonly threshold: number;
  private readonly capacity: number;
  exactDropped = 0;
  nearDropped = 0;

  constructor(options: DuplicateFilterOptions = {}) {
    this.threshold = options.threshold ?? 0.8;
    this.capacity = options.capacity ?? 500_000;
  }

  /** Says whether `text` repeats a posting seen before, and remembers it if not. */
  check(text: string): DuplicateVerdict {
    const words = text.toLowerCase().match(WORD) ?? [];
    const joined = words.join(" ");
    // Two independent 32-bit hashes make a 53-bit key: a false "exact" match is about 1 in 10^10 at a million postings.
    const key = fnv1a(joined, 0x811c_9dc5) * 2 ** 21 + (fnv1a(joined, 0x0100_0193) & 0x1f_ffff);
    if (this.exact.has(key)) {
      this.exactDropped++;
      return "exact";
    }
    const signature = minHash(words);
    const bandKeys = bandKeysOf(signature);
    for (let band = 0; band < BANDS; band++) {
      const other = this.bands[band]!.get(bandKeys[band]!);
      if (other !== undefined && this.similarity(signature, other) >= this.threshold) {
        this.nearDropped++;
        return "near";
      }
    }
    if (this.exact.size < this.capacity) this.exact.add(key);
    if (this.indexed < this.capacity) {
      const slot = this.indexed++;
      if ((slot + 1) * SIGNATURE_SIZE > this.signatures.length) {
        const grown = new Uint32Array(Math.min(this.signatures.length * 2, this.capacity * SIGNATURE_SIZE));
        grown.set(this.signatures);
        this.signatures = grown;
      }
      this.signatures.set(signature, slot * SIGNATURE_SIZE);
      for (let band = 0; band < BANDS; band++) if (!this.bands[band]!.has(bandKeys[band]!)) this.bands[band]!.set(bandKeys[band]!, slot);
    }
    return "new";
  }

  private similarity(signature: Uint32Array, slot: number): number {
    let same = 0;
    const offset = slot * SIGNATURE_SIZE;
    for (let i = 0; i < SIGNATURE_SIZE; i++) if (this.signatures[offset + i] === signature[i]) same++;
    return same / SIGNATURE_SIZE;
  }
}

/** The MinHash signature of a posting's word 3-shingles (its words themselves when it has fewer than three). */
export function minHash(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffff_ffff);
  const hashes = words.map((word) => fnv1a(word, 0x811c_9dc5));
  const shingles = Math.max(1, hashes.length - 2);
  for (let i = 0; i < shingles && hashes.length > 0; i++) {
    const shingle = mix(Math.imul(hashes[i]!, 31) ^ Math.imul(hashes[i + 1] ?? 0, 961) ^ (hashes[i + 2] ?? 0));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = mix(shingle ^ SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

function bandKeysOf(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = mix(band + 1);
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ signature[band * ROWS + row]!);
    keys.push(hash);
  }
  return keys;
}
