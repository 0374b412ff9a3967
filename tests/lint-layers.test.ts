// The layer rules of eslint.config.mjs, proven on code that breaks them (linted as if it lived at that path).
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layers", () => {
  test.each([
    [
      "lib/payments/x.ts",
      'import { startStripeStandIn } from "@/local/stripe/server";\nexport const s = startStripeStandIn;\n',
      /never imports local/,
    ],
    [
      "app/api/x/route.ts",
      'import { benchSearch } from "../../../bench/search";\nexport const b = benchSearch;\n',
      /bench/,
    ],
    [
      "components/site/x.tsx",
      'import { logoutAction } from "@/app/(auth)/actions";\nexport const l = logoutAction;\n',
      /never import app/,
    ],
    ["local/x.ts", 'import { benchSearch } from "../bench/search";\nexport const b = benchSearch;\n', /bench/],
  ])(
    "%s may not import across layers",
    async (filePath, code, message) => {
      const messages = await restricted(filePath, code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(message);
    },
    60_000,
  );

  test("imports within the layers pass", async () => {
    expect(
      await restricted(
        "components/site/x.tsx",
        'import { cn } from "@/lib/ui/cn";\nimport { LocalCardForm } from "../checkout/local-card-form";\nexport const a = [cn, LocalCardForm];\n',
      ),
    ).toEqual([]);
    expect(
      await restricted(
        "bench/x.ts",
        'import { db } from "../lib/db";\nimport { startRunner } from "../local/inngest-runner/server";\nexport const a = [db, startRunner];\n',
      ),
    ).toEqual([]);
  }, 60_000);
});
