/** English messages of the package itself: what the installed build needs beside it. */
export const packageMessages = {
  "package.schemaMissing": (p: { from: string }) =>
    `cannot find schema/blacklist.schema.json in the folders above ${p.from}: this copy of wxbl is incomplete; reinstall it (npm install wxbl)`,
};
