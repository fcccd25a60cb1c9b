import type { MarketSnapshot } from "../market/snapshot";
import { DEEP_LEARNING, ML_FUNDAMENTALS, MLOPS, SYSTEM_DESIGN } from "./practice/foundations";
import { AI_AGENTS, LLM_FUNDAMENTALS, RAG_ARCHITECTURE } from "./practice/generative";
import type { PracticeTopic } from "./practice/types";

export type { PracticeTopic } from "./practice/types";

/** The written practice content, keyed by the snapshot's practice-area ids. */
export const PRACTICE_TOPICS: ReadonlyMap<string, PracticeTopic> = new Map(
  [LLM_FUNDAMENTALS, RAG_ARCHITECTURE, AI_AGENTS, MLOPS, ML_FUNDAMENTALS, DEEP_LEARNING, SYSTEM_DESIGN].map((topic) => [topic.id, topic]),
);

export interface PracticePage {
  id: string;
  title: string;
  /** The area's skills with their posting share, as the snapshot gives them. */
  skills: { id: string; name: string; share: number; count: number | null }[];
  /** Topics the snapshot names for the area (interview themes). */
  topics: string[];
  /** The area's place in the snapshot's study order, from 1. */
  priority: number;
  content: PracticeTopic | null;
}

/** Every practice area of the snapshot, in its priority order, with the written content for it. */
export function practicePagesOf(snapshot: MarketSnapshot): PracticePage[] {
  const skill = new Map(snapshot.skills.map((entry) => [entry.id, entry]));
  return snapshot.practiceAreas.areas.map((area, index) => ({
    id: area.id,
    title: area.title,
    skills: (area.skills ?? []).flatMap((id) => {
      const entry = skill.get(id);
      return entry ? [{ id, name: entry.name, share: entry.share, count: entry.count ?? null }] : [];
    }),
    topics: area.topics ?? [],
    priority: index + 1,
    content: PRACTICE_TOPICS.get(area.id) ?? null,
  }));
}
