/** The confirmation a page shows after it was reached by deleting a report (`?deleted=1`). */
export function DeletedNotice({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
      Your report was deleted, with its links. Nothing of it is kept.
    </p>
  );
}
