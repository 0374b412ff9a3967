import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (README → Architecture): app → lib and components; components never import app (actions come in as
// props); nothing in the product imports the local stand-ins or the benchmarks; the stand-ins never import the
// benchmarks. A deliberate violation is shown failing in tests/lint-layers.test.ts.
const STAND_INS = {
  group: ["@/local/**", "**/local/**"],
  message: "The product never imports local/ (the stand-ins run beside it, never inside it).",
};
const BENCH = { group: ["@/bench/**", "**/bench/**"], message: "Only `npm run bench` imports bench/." };
const APP = {
  group: ["@/app/**", "**/app/**"],
  message: "components/ never import app/: take the server action as a prop.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**", "lib/**"], rules: { "no-restricted-imports": ["error", { patterns: [STAND_INS, BENCH] }] } },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", { patterns: [STAND_INS, BENCH, APP] }] } },
  { files: ["local/**"], rules: { "no-restricted-imports": ["error", { patterns: [BENCH] }] } },
];

export default config;
