import { AppError } from "@/lib/errors";
import { apiRoute } from "../_lib/respond";

/** Any other path under /api/v1 answers in the API's own vocabulary rather than with the site's HTML not-found page. */
const notFound = apiRoute("/api/v1 not found", async () => {
  throw new AppError("not-found", "There is no API endpoint here. The endpoints are listed at /docs/api.");
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
