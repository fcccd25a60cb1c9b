import { z } from "zod";
import { DATABASE_URL_HINT } from "./db/engine";
import { DEFAULT_DATABASE_URL } from "./paths";

/**
 * All configuration, validated once. Both the web app and the command-line scripts read it, so it must not
 * import Next.js. Defaults make a fresh clone work with no environment at all.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:…` is SQLite (one machine), `postgresql://…` is PostgreSQL (any number of app instances). */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/i, `${DATABASE_URL_HINT}.`)
    .default(DEFAULT_DATABASE_URL),
  /** Public origin of the app: better-auth and share links use it. */
  APP_URL: z.url().default("http://localhost:3000"),
  /**
   * Secret for better-auth session signing. When unset, one is generated into AUTH_SECRET_FILE; a production start on
   * PostgreSQL (where instances share no disk) refuses to run without it.
   */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Where the generated secret is kept (mode 0600); default: beside the SQLite database, or data/auth.secret. */
  AUTH_SECRET_FILE: z.string().min(1).optional(),
  /** Coach sign-in attempts allowed per client address within the window, counted in the database. */
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Coach accounts that may be created per client address per minute. */
  SIGN_UP_MAX_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For; the client address is the entry the
   * outermost one wrote. 0 (no proxy): the TCP peer's address, and X-Forwarded-For is ignored (lib/client-address.ts).
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Upload limits. */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  MAX_PDF_PAGES: z.coerce.number().int().positive().default(20),
  MAX_TEXT_CHARS: z.coerce.number().int().positive().default(100_000),
  /** Parser worker pool: how many workers, their heap cap, how long one file may take. */
  PARSE_WORKERS: z.coerce.number().int().min(1).max(8).default(2),
  // At least 64: a worker holds the text pipeline and its 274,000-word dictionary (about 30 MB) beside the parser.
  PARSE_WORKER_HEAP_MB: z.coerce.number().int().min(64).default(256),
  PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** OCR of image-only PDFs: the whole budget, and the page cap within it. */
  OCR_ENABLED: z.stringbool().default(true),
  OCR_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  OCR_MAX_PAGES: z.coerce.number().int().positive().default(3),
  /** Uploads per client address in a window: reading a file (OCR above all) is the costliest thing a stranger can ask for. */
  UPLOAD_RATE_MAX: z.coerce.number().int().positive().default(30),
  UPLOAD_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  /** Coach bulk import: files per import, the size of one uploaded zip, and files a coach may import per upload window. */
  IMPORT_MAX_FILES: z.coerce.number().int().positive().default(200),
  IMPORT_ZIP_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  IMPORT_RATE_MAX: z.coerce.number().int().positive().default(500),
  /** A DOCX whose unpacked size exceeds this is refused before unpacking. */
  MAX_DOCX_UNPACKED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);
