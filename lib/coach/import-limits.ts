/**
 * Files one server-action call of a bulk import carries at most (the browser also keeps a call's bytes under the
 * per-file cap, so its body stays under the server-action size limit in next.config.ts); a few files read side
 * by side keep the parser pool busy. A file of its own because the browser's import form reads it too.
 */
export const FILES_PER_CALL = 3;
