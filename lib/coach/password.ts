/**
 * What SkillGap calls a weak password. better-auth enforces the length; this adds what length alone lets through:
 * one repeated character, a run like "1234567890", or a password everyone tries first.
 */
export const MIN_PASSWORD_LENGTH = 10;

const COMMON = new Set([
  "password123",
  "password1234",
  "qwertyuiop",
  "1234567890",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "administrator",
  "passw0rd123",
  "qwerty12345",
  "abc1234567",
  "trustno1234",
]);

export const WEAK_PASSWORD_MESSAGE = `Choose a stronger password: at least ${MIN_PASSWORD_LENGTH} characters, not a common password, not one repeated character or a simple run.`;

function isSimpleRun(password: string): boolean {
  const codes = [...password].map((char) => char.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, index) => code - (codes[index] ?? 0)));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 99);
}

export function isWeakPassword(password: string): boolean {
  if (password.length < MIN_PASSWORD_LENGTH) return true;
  if (COMMON.has(password.toLowerCase())) return true;
  return isSimpleRun(password);
}
