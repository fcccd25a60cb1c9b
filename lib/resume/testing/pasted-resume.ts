import type { ReadResume } from "../schema";

/** Resume text as readResume returns pasted text that needed no repair: for tests of the stages after reading. */
export function pastedResume(text: string): ReadResume {
  return {
    text,
    readability: {
      source: "text",
      method: "direct",
      pages: null,
      columns: 1,
      unreadableChars: 0,
      contactDetailsRemoved: { emails: 0, phones: 0, urls: 0, addresses: 0 },
    },
  };
}
