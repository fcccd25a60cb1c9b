/**
 * Drops the same posting seen twice: exactly (the same words, whatever the spacing, case or punctuation) or nearly
 * (the same posting on two boards, each adding its own header, footer or tracking line).
 *
 * Near duplicates are found with MinHash over word 3-shingles and locality-sensitive hashing: each posting gets
 * SIGNATURE_SIZE minimum hashes, split into BANDS bands; two postings whose bands collide are
 * compared signature to signature, and count as one posting when their estimated Jaccard similarity reaches
 * `threshold`. With 8 bands of
 * 4 rows, postings 80% alike collide in some band 98.5% of the time; 50% alike, 40% of the time (and are then
 * rejected by the comparison). A band key shared by postings that are not duplicates of each other keeps each of
 * them (up to CHAIN), so a later copy of any one is still found. Memory is bounded: about 270 bytes per posting
 * (its SIGNATURE_SIZE × 4-byte signature and a cell in each of BANDS + 1 typed-array tables), up to `capacity`
 * postings; past that, new postings are still checked against those indexed but not indexed themselves.
 *
 * Every hash is kept in 32-bit signed integers (Math.imul, `| 0`): V8 holds unsigned values past 2^31 as
 * doubles, which would turn the hot loops into floating-point arithmetic.
 */

export const SIGNATURE_SIZE = 32;
const BANDS = 8;
const ROWS = SIGNATURE_SIZE / BANDS;

export type DuplicateVerdict = "new" | "exact" | "near";

export interface DuplicateFilterOptions {
  /** Estimated Jaccard similarity of word 3-shingles at or above which two postings are one (default 0.8). */
  threshold?: number;
  /** Postings indexed at most (default 500,000: about 135 MB at the cap). */
  capacity?: number;
}

/**
 * Each ASCII character's word code: its lower-case letter or digit, or 0 for a separator. One table lookup per
 * character instead of three range tests and a case fold.
 */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? c : c >= 65 && c <= 90 ? c + 32 : 0,
);
const FNV_OFFSET = 0x811c_9dc5 | 0;
const FNV_PRIME = 16_777_619;

/**
 * The hash of each word (a run of letters and digits, lower-cased) into `scratch.words`, and the two hashes of the
 * whole word sequence into `scratch`, in one pass over the characters without building strings. Characters past
 * ASCII count as letters unless they are spaces or punctuation, which is right for the words of every script
 * postings come in. Returns the word count.
 */
function wordHashes(text: string, scratch: Scratch): number {
  // A word takes at least one character and one separator, so half the text (rounded up) bounds the word count.
  if (scratch.words.length < (text.length >> 1) + 1) {
    const size = Math.max((text.length >> 1) + 1, scratch.words.length * 2);
    scratch.words = new Int32Array(size);
    scratch.shingles = new Int32Array(size);
  }
  const words = scratch.words;
  let count = 0;
  let exactA = FNV_OFFSET;
  let exactB = 0x0100_0193;
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Separators up to a word's first character, then the word's characters in a loop of their own.
    let c = wordCode(text, i++);
    if (c === 0) continue;
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    while (i < length && (c = wordCode(text, i++)) !== 0) hash = Math.imul(hash ^ c, FNV_PRIME);
    words[count++] = hash;
    exactA = Math.imul(exactA ^ hash, FNV_PRIME);
    exactB = Math.imul(exactB ^ mix(hash), 0x01b8_73a3);
  }
  scratch.exactA = exactA & SMALL;
  scratch.exactB = exactB;
  return count;
}

/** The character at `i` as a word character (lower-cased), or 0 for a separator. */
function wordCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const char = text[i]!;
  return NON_WORD.test(char) ? 0 : char.toLowerCase().charCodeAt(0);
}

/** Buffers one check reuses for the next: nothing is allocated per posting. */
interface Scratch {
  words: Int32Array;
  /** The mixed hash of each shingle (as many as words at most). */
  shingles: Int32Array;
  signature: Int32Array;
  bandKeys: Int32Array;
  /** Slots a table holds for one key (CHAIN at most). */
  found: Int32Array;
  exactA: number;
  exactB: number;
}

/** Murmur3's finalizer: spreads a 32-bit value over all bits, the cheap stand-in for a random permutation. */
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** One character: whitespace, punctuation or a symbol (not part of a word). */
const NON_WORD = /[\s\p{P}\p{S}]/u;

/** Map keys below 2^30 stay small integers in V8 (no boxed doubles), which keeps the lookups cheap. */
const SMALL = 0x3fff_ffff;

/**
 * Slots one key holds at most. Postings that share a band without being duplicates are rare (40% of pairs only
 * half alike); the cap keeps a flood of one template's postings from making each check compare against them all.
 */
const CHAIN = 8;

/**
 * A 30-bit key → slots table in one typed array (open addressing, linear probing, kept at most half full): each
 * cell is a key and its slot side by side, eight bytes and one cache line a probe, where a Map spends several
 * times that and its lookups chase pointers. A key may hold up to CHAIN slots, each in its own cell along the
 * key's probe run.
 */
class SlotTable {
  /** Cell i is [2i] = key + 1 (0 marks an empty cell), [2i + 1] = slot. */
  private cells = new Int32Array(2 << 12);
  private size = 0;

  /** The slots stored for `key`, into `out` (CHAIN long); returns how many. */
  get(key: number, out: Int32Array): number {
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    const stored = key + 1;
    let found = 0;
    for (let at = key & mask; ; at = (at + 1) & mask) {
      const cell = cells[at << 1]!;
      if (cell === 0) return found;
      if (cell === stored) {
        out[found++] = cells[(at << 1) + 1]!;
        if (found === CHAIN) return found;
      }
    }
  }

  /** Adds `slot` under `key`, unless the key holds CHAIN slots already. */
  add(key: number, slot: number): void {
    if ((this.size + 1) * 4 > this.cells.length) this.grow();
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    const stored = key + 1;
    let held = 0;
    for (let at = key & mask; ; at = (at + 1) & mask) {
      const cell = cells[at << 1]!;
      if (cell === stored && ++held === CHAIN) return;
      if (cell === 0) {
        cells[at << 1] = stored;
        cells[(at << 1) + 1] = slot;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.add(old[at]! - 1, old[at + 1]!);
  }
}

export class DuplicateFilter {
  /**
   * Exact duplicates: a 30-bit hash of the words → the slots holding a second, independent 32-bit hash. Both must
   * agree: a false "exact" match is about 1 in 10^9 per pair of postings.
   */
  private readonly exact = new SlotTable();
  private exactChecks = new Int32Array(1024);
  private readonly bands: SlotTable[] = Array.from({ length: BANDS }, () => new SlotTable());
  private signatures = new Int32Array(SIGNATURE_SIZE * 1024);
  private indexed = 0;
  /** Signature rows two postings must share to count as one. */
  private readonly rowsAlike: number;
  private readonly capacity: number;
  private readonly scratch: Scratch = {
    words: new Int32Array(1024),
    shingles: new Int32Array(1024),
    signature: new Int32Array(SIGNATURE_SIZE),
    bandKeys: new Int32Array(BANDS),
    found: new Int32Array(CHAIN),
    exactA: 0,
    exactB: 0,
  };
  exactDropped = 0;
  nearDropped = 0;

  constructor(options: DuplicateFilterOptions = {}) {
    this.rowsAlike = Math.ceil((options.threshold ?? 0.8) * SIGNATURE_SIZE - 1e-9);
    this.capacity = options.capacity ?? 500_000;
  }

  /** Says whether `text` repeats a posting seen before, and remembers it if not. */
  check(text: string): DuplicateVerdict {
    const { scratch } = this;
    const count = wordHashes(text, scratch);
    const { exactA, exactB, found } = scratch;
    const sameHash = this.exact.get(exactA, found);
    for (let i = 0; i < sameHash; i++) {
      if (this.exactChecks[found[i]!] === exactB) {
        this.exactDropped++;
        return "exact";
      }
    }
    const signature = minHashInto(scratch.words, count, scratch.shingles, scratch.signature);
    const bandKeys = bandKeysInto(signature, scratch.bandKeys);
    for (let band = 0; band < BANDS; band++) {
      const candidates = this.bands[band]!.get(bandKeys[band]!, found);
      for (let i = 0; i < candidates; i++) {
        if (this.alike(signature, found[i]!)) {
          this.nearDropped++;
          return "near";
        }
      }
    }
    if (this.indexed < this.capacity) {
      const slot = this.indexed++;
      if ((slot + 1) * SIGNATURE_SIZE > this.signatures.length) {
        const grown = new Int32Array(Math.min(this.signatures.length * 2, this.capacity * SIGNATURE_SIZE));
        grown.set(this.signatures);
        this.signatures = grown;
        const checks = new Int32Array(grown.length / SIGNATURE_SIZE);
        checks.set(this.exactChecks);
        this.exactChecks = checks;
      }
      this.signatures.set(signature, slot * SIGNATURE_SIZE);
      this.exact.add(exactA, slot);
      this.exactChecks[slot] = exactB;
      for (let band = 0; band < BANDS; band++) this.bands[band]!.add(bandKeys[band]!, slot);
    }
    return "new";
  }

  /**
   * Whether the posting in `slot` shares at least `rowsAlike` signature rows with this one. Stops at the row
   * that makes that impossible: a posting that merely shares a band is told apart in a few rows.
   */
  private alike(signature: Int32Array, slot: number): boolean {
    let differ = SIGNATURE_SIZE - this.rowsAlike;
    const offset = slot * SIGNATURE_SIZE;
    const signatures = this.signatures;
    for (let i = 0; i < SIGNATURE_SIZE; i++) if (signatures[offset + i] !== signature[i] && --differ < 0) return false;
    return true;
  }
}

/**
 * Per-row multipliers (odd) and offsets of the universal hashes that stand in for random permutations. Each
 * offset has its sign bit flipped: adding 2^31 maps unsigned order onto signed order, so the minimum is taken
 * over signed integers and the sign bit flipped back once per row (the value a row keeps is that of the
 * unsigned hash `multiplier × shingle + offset`).
 */
const MULTIPLIERS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => mix(0x9e37_79b9 + k * 0x632b_e5ab) | 1);
const SIGN = -0x8000_0000;
const OFFSETS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => mix(0x85eb_ca6b + k * 0x27d4_eb2f) ^ SIGN);

/**
 * The MinHash signature of a posting's word 3-shingles (its words themselves when it has fewer than three), into
 * the filter's reused buffers. Each shingle is mixed once into `shingles`; then each pass over the shingles
 * applies eight rows' cheap universal hash (multiply, add) and keeps the eight minima in registers: four passes,
 * not one per row, and no array of minima updated per shingle.
 * (One-permutation MinHash, one hash per shingle for all rows, was tried: on a short posting its empty bins made
 * the estimate too loose, and a board's copy of a 30-word posting went uncaught.)
 */
function minHashInto(words: Int32Array, count: number, shingles: Int32Array, signature: Int32Array): Int32Array {
  let n: number;
  if (count >= 3) {
    n = count - 2;
    for (let i = 0; i < n; i++)
      shingles[i] = mix(Math.imul(words[i]!, 0x9e37_79b1) ^ Math.imul(words[i + 1]!, 0x85eb_ca77) ^ words[i + 2]!);
  } else {
    n = count;
    if (count >= 1) shingles[0] = mix(Math.imul(words[0]!, 0x9e37_79b1) ^ (count === 2 ? Math.imul(words[1]!, 0x85eb_ca77) : 0));
    if (count === 2) shingles[1] = mix(Math.imul(words[1]!, 0x9e37_79b1));
  }
  for (let k = 0; k < SIGNATURE_SIZE; k += 8) {
    const m0 = MULTIPLIERS[k]!;
    const m1 = MULTIPLIERS[k + 1]!;
    const m2 = MULTIPLIERS[k + 2]!;
    const m3 = MULTIPLIERS[k + 3]!;
    const m4 = MULTIPLIERS[k + 4]!;
    const m5 = MULTIPLIERS[k + 5]!;
    const m6 = MULTIPLIERS[k + 6]!;
    const m7 = MULTIPLIERS[k + 7]!;
    const o0 = OFFSETS[k]!;
    const o1 = OFFSETS[k + 1]!;
    const o2 = OFFSETS[k + 2]!;
    const o3 = OFFSETS[k + 3]!;
    const o4 = OFFSETS[k + 4]!;
    const o5 = OFFSETS[k + 5]!;
    const o6 = OFFSETS[k + 6]!;
    const o7 = OFFSETS[k + 7]!;
    let min0 = 0x7fff_ffff;
    let min1 = 0x7fff_ffff;
    let min2 = 0x7fff_ffff;
    let min3 = 0x7fff_ffff;
    let min4 = 0x7fff_ffff;
    let min5 = 0x7fff_ffff;
    let min6 = 0x7fff_ffff;
    let min7 = 0x7fff_ffff;
    for (let i = 0; i < n; i++) {
      const shingle = shingles[i]!;
      const v0 = (Math.imul(shingle, m0) + o0) | 0;
      if (v0 < min0) min0 = v0;
      const v1 = (Math.imul(shingle, m1) + o1) | 0;
      if (v1 < min1) min1 = v1;
      const v2 = (Math.imul(shingle, m2) + o2) | 0;
      if (v2 < min2) min2 = v2;
      const v3 = (Math.imul(shingle, m3) + o3) | 0;
      if (v3 < min3) min3 = v3;
      const v4 = (Math.imul(shingle, m4) + o4) | 0;
      if (v4 < min4) min4 = v4;
      const v5 = (Math.imul(shingle, m5) + o5) | 0;
      if (v5 < min5) min5 = v5;
      const v6 = (Math.imul(shingle, m6) + o6) | 0;
      if (v6 < min6) min6 = v6;
      const v7 = (Math.imul(shingle, m7) + o7) | 0;
      if (v7 < min7) min7 = v7;
    }
    signature[k] = min0 ^ SIGN;
    signature[k + 1] = min1 ^ SIGN;
    signature[k + 2] = min2 ^ SIGN;
    signature[k + 3] = min3 ^ SIGN;
    signature[k + 4] = min4 ^ SIGN;
    signature[k + 5] = min5 ^ SIGN;
    signature[k + 6] = min6 ^ SIGN;
    signature[k + 7] = min7 ^ SIGN;
  }
  return signature;
}

function bandKeysInto(signature: Int32Array, keys: Int32Array): Int32Array {
  for (let band = 0; band < BANDS; band++) {
    let hash = mix(band + 1);
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ signature[band * ROWS + row]!);
    keys[band] = hash & SMALL;
  }
  return keys;
}
