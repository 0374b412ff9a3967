import { z } from "zod";
import { NAMED_SCHEMAS } from "./components";

// zod 4's own JSON Schema output (draft 2020-12, the dialect of OpenAPI 3.1), with the named response schemas
// hoisted to components/schemas so each is published once and referenced.

export type JsonSchema = { [key: string]: unknown };

export interface Converter {
  /** request side (`io: "input"`: what a client sends, before defaults and transforms) or response side */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema;
  /** every named schema met so far, for components/schemas */
  components: Record<string, JsonSchema>;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Drops zod's default safe-integer bounds (noise for a reader) and, on responses, `additionalProperties: false`: a
 * client must accept fields added later, while a missing or renamed one still fails `required`.
 */
const tidy =
  (io: "input" | "output") =>
  ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
    // the id registry below replaces zod's global one, where `.describe()` puts descriptions: carry them over
    const description = z.globalRegistry.get(zodSchema as z.ZodType)?.description;
    if (description && jsonSchema.description === undefined) jsonSchema.description = description;
    if (jsonSchema.minimum === -SAFE) delete jsonSchema.minimum;
    if (jsonSchema.maximum === SAFE) delete jsonSchema.maximum;
    if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  };

export function createConverter(): Converter {
  // a fresh registry per document: ids must be unique within one, and a module reloaded in development must not clash
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const components: Record<string, JsonSchema> = {};

  function convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    // requests inline everything (their schemas are not the published response shapes)
    const json = z.toJSONSchema(schema, {
      io,
      target: "draft-2020-12",
      unrepresentable: "any",
      override: tidy(io),
      ...(io === "output" ? { metadata: registry } : {}),
    });
    const rewritten = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = rewritten;
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      const { id: _id, ...clean } = def;
      components[id] = clean;
    }
    // a named schema at the top converts to its own definition: refer to it instead
    const ownId = registry.get(schema)?.id;
    if (rest.$ref) return rest;
    if (io === "output" && ownId) {
      const { id: _id, ...clean } = rest;
      components[ownId] = clean;
      return { $ref: `#/components/schemas/${ownId}` };
    }
    return rest;
  }
  return { convert, components };
}
