/**
 * Ways to break a file, as an attacker or a bad disk would: each takes valid bytes and a random source and returns
 * broken bytes. Deterministic for a given seed, so a failing input can be made again.
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);
const fromLatin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
const pick = (random: Random, n: number) => Math.floor(random() * n);

export const MUTATIONS: Record<string, (bytes: Uint8Array, random: Random) => Uint8Array> = {
  truncate: (bytes, random) => bytes.slice(0, pick(random, bytes.length)),
  "bit-flips": (bytes, random) => {
    const out = bytes.slice();
    const flips = 1 + pick(random, 64);
    for (let i = 0; i < flips; i++) out[pick(random, out.length)]! ^= 1 << pick(random, 8);
    return out;
  },
  "byte-run": (bytes, random) => {
    const out = bytes.slice();
    const at = pick(random, out.length);
    out.fill(pick(random, 256), at, Math.min(out.length, at + 1 + pick(random, 4096)));
    return out;
  },
  "shuffled-objects": (bytes, random) => {
    // PDF objects (or, for a zip, arbitrary 512-byte blocks) in a random order: offsets and xref no longer agree.
    const text = latin1(bytes);
    const parts = text.includes("endobj") ? text.split(/(?<=endobj\s)/) : (text.match(/[\s\S]{1,512}/g) ?? []);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = pick(random, i + 1);
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    return fromLatin1(parts.join(""));
  },
  "huge-lengths": (bytes, random) => {
    const text = latin1(bytes);
    if (text.startsWith("%PDF")) {
      const huge = ["999999999", "2147483647", "-1", "1e300", String(1 + pick(random, 1 << 30))];
      return fromLatin1(
        text.replace(/\/Length \d+/g, () => `/Length ${huge[pick(random, huge.length)]}`).replace(/\/Count \d+/, "/Count 2147483647"),
      );
    }
    // Zip: claim gigantic sizes in every central-directory entry.
    const out = bytes.slice();
    const view = new DataView(out.buffer);
    for (let at = 0; at + 46 <= out.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      view.setUint32(at + 20, 0xfffffff0 - pick(random, 1000), true);
      view.setUint32(at + 24, 0xfffffff0 - pick(random, 1000), true);
    }
    return out;
  },
  encrypted: (bytes) => {
    const text = latin1(bytes);
    if (!text.startsWith("%PDF")) return bytes;
    const encrypt =
      "999 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> /U <ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100> /P -3904 >>\nendobj\n";
    const at = text.lastIndexOf("trailer");
    const withObject = at > 0 ? text.slice(0, at) + encrypt + text.slice(at) : text + encrypt;
    return fromLatin1(
      withObject.replace(
        /trailer\s*<</,
        "trailer\n<< /Encrypt 999 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
      ),
    );
  },
  "deep-nesting": (bytes, random) => {
    const depth = 10_000 + pick(random, 90_000);
    const text = latin1(bytes);
    if (!text.startsWith("%PDF")) {
      const open = "<w:p>".repeat(depth);
      return fromLatin1(text.slice(0, 200) + open + text.slice(200));
    }
    const nested = random() < 0.5 ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${"<< /A ".repeat(depth)}${">>".repeat(depth)}`;
    const at = text.indexOf("endobj");
    return fromLatin1(at > 0 ? `${text.slice(0, at)}${nested}\n${text.slice(at)}` : text + nested);
  },
  "garbage-tail": (bytes, random) => {
    const tail = new Uint8Array(1 + pick(random, 8192)).map(() => pick(random, 256));
    const out = new Uint8Array(bytes.length + tail.length);
    out.set(bytes);
    out.set(tail, bytes.length);
    return out;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);
