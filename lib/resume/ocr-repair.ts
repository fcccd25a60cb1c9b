/**
 * Tesseract reads the capital "I" of "AI" as a lower-case "l" in most resume fonts ("OpenAl", "Al engineers"),
 * which hides AI skills from the matcher. "Al" is also a name, so it becomes "AI" only in the company names and
 * before the nouns that follow "AI" in resumes.
 */
const AI_NOUNS =
  "engineers?|engineering|agents?|models?|systems?|research|researchers?|conferences?|products?|platforms?|assistants?|teams?|applications?|apps?|tools?|solutions?|safety|ethics|infrastructure|features?|workflows?|pipelines?|startups?|labs?|chatbots?|services?|governance|strategy";

export function repairOcrText(text: string): string {
  return text
    .replace(/\b(Open|Gen|Stability|Scale|Mistral)(\s?)Al\b/g, "$1$2AI")
    .replace(/\bxAl\b/g, "xAI")
    .replace(new RegExp(`\\bAl(?=[ -](?:${AI_NOUNS})\\b)`, "g"), "AI")
    .replace(/\b(Generative|Conversational|Applied|Responsible|Agentic)\sAl\b/g, "$1 AI");
}
