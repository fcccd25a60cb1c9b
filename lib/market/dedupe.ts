/**
 * Drops the same posting seen twice: exactly (the same words, whatever the spacing, case or punctuation) or nearly
 * (the same posting on two boards, each adding its own header, footer or tracking line).
 *
 * Near duplicates are found with MinHash over word 3-shingles and locality-sensitive hashing: each posting gets
 * SIGNATURE_SIZE minimum hashes, split into BANDS bands; two postings whose bands collide are
 * compared signature to signature, and count as one posting when their estimated Jaccard similarity reaches
 * `threshold`. With 8 bands of
 * 4 rows, postings 80% alike collide in some band 98.5% of the time; 50% alike, 40% of the time (and are then
 * rejected by the comparison). Memory is bounded: about 270 bytes per posting (its SIGNATURE_SIZE × 4-byte
 * signature and a cell in each of BANDS + 1 typed-array tables), up to `capacity` postings; past that, new
 * postings are still checked against those indexed but not indexed themselves.
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
 * The hash of each word (a run of letters and digits, lower-cased), in one pass over the characters without building
 * strings. Characters past ASCII count as letters unless they are spaces or punctuation, which is right for the
 * words of every script postings come in.
 */
function wordHashes(text: string, scratch: Scratch): { count: number; exactA: number; exactB: number } {
  // A word takes at least one character and one separator, so half the text (rounded up) bounds the word count.
  if (scratch.words.length < (text.length >> 1) + 1) {
    const size = Math.max((text.length >> 1) + 1, scratch.words.length * 2);
    scratch.words = new Uint32Array(size);
    scratch.shingles = new Int32Array(size);
  }
  const words = scratch.words;
  let count = 0;
  let hash = 0x811c_9dc5;
  let inWord = false;
  let exactA = 0x811c_9dc5;
  let exactB = 0x0100_0193;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const ascii = c < 128;
    const isWord = ascii ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : !NON_WORD.test(text[i]!);
    if (isWord) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!ascii) c = text[i]!.toLowerCase().charCodeAt(0);
      hash = Math.imul(hash ^ c, 16_777_619);
      inWord = true;
    } else if (inWord) {
      const word = hash >>> 0;
      words[count++] = word;
      exactA = Math.imul(exactA ^ word, 16_777_619);
      exactB = Math.imul(exactB ^ mix(word), 0x01b8_73a3);
      hash = 0x811c_9dc5;
      inWord = false;
    }
  }
  if (inWord) {
    const word = hash >>> 0;
    words[count++] = word;
    exactA = Math.imul(exactA ^ word, 16_777_619);
    exactB = Math.imul(exactB ^ mix(word), 0x01b8_73a3);
  }
  return { count, exactA: (exactA >>> 0) & SMALL, exactB: exactB >>> 0 };
}

/** Buffers one check reuses for the next: nothing is allocated per posting. */
interface Scratch {
  words: Uint32Array;
  /** The mixed hash of each shingle (as many as words at most). */
  shingles: Int32Array;
  signature: Uint32Array;
  bandKeys: Uint32Array;
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

/** One character: whitespace, punctuation or a symbol (not part of a word). */
const NON_WORD = /[\s\p{P}\p{S}]/u;

/** Map keys below 2^30 stay small integers in V8 (no boxed doubles), which keeps the lookups cheap. */
const SMALL = 0x3fff_ffff;

/**
 * A 30-bit key → slot table in two typed arrays (open addressing, linear probing, kept at most half full): eight
 * bytes a cell and no object per entry, where a Map spends several times that and its lookups chase pointers.
 * A key's first slot stays: `add` leaves a key already present alone.
 */
class SlotTable {
  /** Key + 1 (0 marks an empty cell). */
  private keys = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 12);
  private size = 0;

  /** The slot stored for `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    const stored = key + 1;
    for (let at = key & mask; ; at = (at + 1) & mask) {
      const found = this.keys[at]!;
      if (found === stored) return this.slots[at]!;
      if (found === 0) return -1;
    }
  }

  add(key: number, slot: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    const stored = key + 1;
    for (let at = key & mask; ; at = (at + 1) & mask) {
      const found = this.keys[at]!;
      if (found === stored) return;
      if (found === 0) {
        this.keys[at] = stored;
        this.slots[at] = slot;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let at = 0; at < keys.length; at++) if (keys[at] !== 0) this.add(keys[at]! - 1, slots[at]!);
  }
}

export class DuplicateFilter {
  /**
   * Exact duplicates: a 30-bit hash of the words → the slot holding a second, independent 32-bit hash. Both must
   * agree: a false "exact" match is about 1 in 10^9 per pair of postings.
   */
  private readonly exact = new SlotTable();
  private exactChecks = new Uint32Array(1024);
  private readonly bands: SlotTable[] = Array.from({ length: BANDS }, () => new SlotTable());
  private signatures = new Uint32Array(SIGNATURE_SIZE * 1024);
  private indexed = 0;
  private readonly threshold: number;
  private readonly capacity: number;
  private readonly scratch: Scratch = {
    words: new Uint32Array(1024),
    shingles: new Int32Array(1024),
    signature: new Uint32Array(SIGNATURE_SIZE),
    bandKeys: new Uint32Array(BANDS),
  };
  exactDropped = 0;
  nearDropped = 0;

  constructor(options: DuplicateFilterOptions = {}) {
    this.threshold = options.threshold ?? 0.8;
    this.capacity = options.capacity ?? 500_000;
  }

  /** Says whether `text` repeats a posting seen before, and remembers it if not. */
  check(text: string): DuplicateVerdict {
    const { count, exactA, exactB } = wordHashes(text, this.scratch);
    const same = this.exact.get(exactA);
    if (same >= 0 && this.exactChecks[same] === exactB) {
      this.exactDropped++;
      return "exact";
    }
    const signature = minHashInto(this.scratch.words, count, this.scratch.shingles, this.scratch.signature);
    const bandKeys = bandKeysInto(signature, this.scratch.bandKeys);
    for (let band = 0; band < BANDS; band++) {
      const other = this.bands[band]!.get(bandKeys[band]!);
      if (other >= 0 && this.similarity(signature, other) >= this.threshold) {
        this.nearDropped++;
        return "near";
      }
    }
    if (this.indexed < this.capacity) {
      const slot = this.indexed++;
      if ((slot + 1) * SIGNATURE_SIZE > this.signatures.length) {
        const grown = new Uint32Array(Math.min(this.signatures.length * 2, this.capacity * SIGNATURE_SIZE));
        grown.set(this.signatures);
        this.signatures = grown;
        const checks = new Uint32Array(grown.length / SIGNATURE_SIZE);
        checks.set(this.exactChecks);
        this.exactChecks = checks;
      }
      this.signatures.set(signature, slot * SIGNATURE_SIZE);
      if (same < 0) {
        this.exact.add(exactA, slot);
        this.exactChecks[slot] = exactB;
      }
      for (let band = 0; band < BANDS; band++) this.bands[band]!.add(bandKeys[band]!, slot);
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

/**
 * Per-row multipliers (odd) and offsets of the universal hashes that stand in for random permutations, as Int32
 * so the row loop stays in 32-bit integer arithmetic (V8 keeps unsigned values past 2^31 as doubles).
 */
const MULTIPLIERS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => mix(0x9e37_79b9 + k * 0x632b_e5ab) | 1);
const OFFSETS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => mix(0x85eb_ca6b + k * 0x27d4_eb2f));
/** Flipping the sign bit maps unsigned order onto signed order: minima are kept as signed integers, then flipped back. */
const SIGN = -0x8000_0000;

/**
 * The MinHash signature of a posting's word 3-shingles (its words themselves when it has fewer than three), into
 * the filter's reused buffers. Each shingle is mixed once into `shingles`; then each of the SIGNATURE_SIZE rows
 * applies a cheap universal hash (multiply, add) to every shingle and keeps the minimum in a register (rows
 * outside, shingles inside: 1.7× faster than the other way round, the same values).
 * (One-permutation MinHash, one hash per shingle for all rows, was tried: on a short posting its empty bins made
 * the estimate too loose, and a board's copy of a 30-word posting went uncaught.)
 */
function minHashInto(words: Uint32Array, count: number, shingles: Int32Array, signature: Uint32Array): Uint32Array {
  const n = count < 3 ? count : count - 2;
  for (let i = 0; i < n; i++) {
    const second = i + 1 < count ? words[i + 1]! : 0;
    const third = i + 2 < count ? words[i + 2]! : 0;
    shingles[i] = mix(Math.imul(words[i]!, 0x9e37_79b1) ^ Math.imul(second, 0x85eb_ca77) ^ third);
  }
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const multiplier = MULTIPLIERS[k]!;
    const offset = OFFSETS[k]!;
    let min = 0x7fff_ffff;
    for (let i = 0; i < n; i++) {
      const value = (Math.imul(shingles[i]!, multiplier) + offset) ^ SIGN;
      if (value < min) min = value;
    }
    signature[k] = min ^ SIGN;
  }
  return signature;
}

function bandKeysInto(signature: Uint32Array, keys: Uint32Array): Uint32Array {
  for (let band = 0; band < BANDS; band++) {
    let hash = mix(band + 1);
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ signature[band * ROWS + row]!);
    keys[band] = hash & SMALL;
  }
  return keys;
}
