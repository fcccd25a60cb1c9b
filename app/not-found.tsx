import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing here, or it is not yours to see. Reports are private to the browser that created them.</p>
      <Link href="/" className="text-brand underline">
        Analyze a resume
      </Link>
    </div>
  );
}
