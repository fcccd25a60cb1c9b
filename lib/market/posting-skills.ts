import { extractPostingSkills } from "../skills/posting";
import type { PostingExtractor } from "./build";

/**
 * The one place market building calls the posting extractor: the builder takes any extractor, so the skill reader
 * can change its internals (sections, evidence) without the market code changing. The extractor's own results are
 * handed over as they are (the builder reads only `id` and `level`), so the build adds no copy of its own.
 */
export const extractForMarket: PostingExtractor = (text) => extractPostingSkills(text);
