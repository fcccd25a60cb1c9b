/**
 * Product and tool names a resume uses that the English word list lacks, limited to those holding the letter pairs
 * a dropped ligature removes (fi, fl, ff): without them the repair in ligatures.ts could not restore "Tensor ow".
 * lib/skills/taxonomy.test.ts checks that every such term of the skill taxonomy is here.
 */
export const TECHNICAL_WORDS: readonly string[] = [
  "airflow",
  "cloudflare",
  "dataflow",
  "firebase",
  "firestore",
  "fivetran",
  "flink",
  "flutter",
  "fluentd",
  "figma",
  "kubeflow",
  "metaflow",
  "mlflow",
  "netlify",
  "shopify",
  "snowflake",
  "spotify",
  "tenserflow",
  "tensorflow",
  "terraform",
  "webflow",
];
