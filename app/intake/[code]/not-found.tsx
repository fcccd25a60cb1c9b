import Link from "next/link";

/** A retired or mistyped intake link: say so, and what to do, without hinting at whose it was. */
export default function IntakeNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">This intake link no longer works</h1>
      <p>Ask your coach for their current link. You can still analyze your resume on your own and share it later.</p>
      <Link href="/" className="text-brand underline">
        Analyze a resume
      </Link>
    </div>
  );
}
