import { extractPostingSkills } from "../skills/posting";
import type { PostingExtractor } from "./build";

/**
 * The one place market building calls the posting extractor: the builder takes any extractor, so the skill reader
 * can change its internals (sections, evidence) without the market code changing.
 */
export const extractForMarket: PostingExtractor = (text) => extractPostingSkills(text).map(({ id, level }) => ({ id, level }));
