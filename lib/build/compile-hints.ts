// V8's explicit compile hints (Chrome 136+): a script that starts with the magic comment below has all its functions
// compiled eagerly, on the background thread that streams it from the network, instead of lazily on the main thread
// the first time each is called. The chunks a page runs at start-up — the framework's (React DOM, the App Router,
// Turbopack's runtime) and the client components of its layouts and page — are almost all called while it hydrates,
// so that work moves off the main thread: measured on the home page, main-thread compilation 138 → 47 ms per load with
// the framework's chunks hinted, and → 1 ms with the pages' too (README → Pages). Other browsers ignore the comment.
// Chunks loaded later (next/dynamic, the API reference's Swagger UI) stay lazily compiled.
// Run by next.config.ts's `compiler.runAfterProductionCompile`, i.e. by every `next build`.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import vm from "node:vm";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const CLIENT_MANIFEST = /_client-reference-manifest\.js$/;

/** The chunks each layout and page loads at start-up, from the server's client reference manifests. */
async function entryChunks(distDir: string): Promise<string[]> {
  const appDir = path.join(distDir, "server/app");
  const files = (await readdir(appDir, { recursive: true })).filter((f) => CLIENT_MANIFEST.test(f));
  const chunks: string[] = [];
  for (const file of files) {
    // each manifest is a script assigning globalThis.__RSC_MANIFEST[route] = { entryJSFiles: { [entry]: [chunks] } }
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    vm.runInNewContext(await readFile(path.join(appDir, file), "utf8"), { globalThis: sandbox });
    for (const route of Object.values(sandbox.__RSC_MANIFEST ?? {}))
      for (const list of Object.values(route.entryJSFiles ?? {})) chunks.push(...list);
  }
  return chunks;
}

/** The build's start-up chunks, relative to the dist directory: the framework's (build-manifest.json) and the pages'. */
export async function startupChunks(distDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: unknown;
  };
  if (!Array.isArray(manifest.rootMainFiles)) throw new Error(`${distDir}/build-manifest.json has no rootMainFiles`);
  const all = [...manifest.rootMainFiles, ...(await entryChunks(distDir))];
  return [...new Set(all.filter((f): f is string => typeof f === "string" && f.endsWith(".js")))];
}

/**
 * Prepends the compile hint to every start-up chunk that lacks it (running twice changes nothing). Returns the
 * chunks it changed. The chunk's name keeps its content hash: the change is the same for the same content, so a
 * cached copy under that name is still the same program.
 */
export async function addCompileHints(distDir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const file of await startupChunks(distDir)) {
    const full = path.join(distDir, file);
    const source = await readFile(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    await writeFile(full, COMPILE_HINT + source);
    changed.push(file);
  }
  return changed;
}
