import { ERROR_RESPONSES, ErrorBody, HEADERS, RATE_LIMIT_HEADERS } from "./components";
import { type Converter, type JsonSchema, createConverter } from "./json-schema";
import type { ApiOperation } from "./operation";
import { API_OPERATIONS } from "./registry";

// Builds the OpenAPI 3.1 document served at /api/v1/openapi.json from the operations of every domain.

type Json = { [key: string]: unknown };

const DESCRIPTION = `Travellr's REST API. JSON in and out; money is an integer of minor units (cents) beside a lower-case ISO 4217 currency.

**Authentication.** \`POST /api/v1/auth/login\` (or register) returns a bearer token valid for one hour: send \`Authorization: Bearer <token>\`. A browser on Travellr's own origin may use its session cookie instead.

**Errors** are \`{"error": {"code", "message", "details?"}}\`; switch on \`code\`. A method a path does not serve answers 405 with an \`Allow\` header.

**Lists** take \`?page=1&limit=20\` (limit ≤ 100) and answer \`{data, page, limit, total}\`.

**Rate limits.** Bearer-token requests carry \`X-RateLimit-Limit\`, \`X-RateLimit-Remaining\` and \`X-RateLimit-Reset\` (600 a minute per token); login, registration, bookings, refunds, reviews and review replies have their own limits. Over a limit: 429 \`rate_limited\` with \`Retry-After\`.

**Idempotency.** POSTs that move money accept \`Idempotency-Key\`: the same key and body replay the first response (\`Idempotent-Replayed: true\`) instead of doing the work again.`;

const errorRef = (status: number) => ({ $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` });
const METHOD_ORDER = ["get", "put", "post", "delete", "patch"];

/** The error statuses an operation can answer, from what it declares (auth, input, path ids) and its extras. */
function errorStatuses(op: ApiOperation): number[] {
  const statuses = new Set<number>(op.errors ?? []);
  if (op.access === "bearer") [401, 403].forEach((s) => statuses.add(s));
  if (op.access !== "public" || op.path.includes("/auth/")) statuses.add(429);
  if (op.path.includes("{")) statuses.add(404);
  if (op.query || op.body || op.idempotent) statuses.add(422);
  if (op.body) [400, 413, 415].forEach((s) => statuses.add(s));
  return [...statuses].sort((a, b) => a - b);
}

/** Query parameters from the query schema's JSON Schema (an intersection arrives as `allOf`). */
function queryParameters(schema: JsonSchema): Json[] {
  const parts = (schema.allOf as JsonSchema[] | undefined) ?? [schema];
  return parts.flatMap((part) => {
    const required = new Set((part.required as string[] | undefined) ?? []);
    return Object.entries((part.properties ?? {}) as Record<string, JsonSchema>).map(
      ([name, { description, ...propSchema }]) => ({
        name,
        in: "query",
        required: required.has(name),
        ...(description ? { description } : {}),
        schema: propSchema,
      }),
    );
  });
}

function operationId(op: ApiOperation): string {
  const words = op.path
    .replace("/api/v1/", "")
    .replace(".json", "")
    .split(/[/{}.-]+/)
    .filter(Boolean);
  return op.method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

function toOperation(op: ApiOperation, convert: Converter["convert"]): Json {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const parameters: Json[] = [...pathParams, ...(op.query ? queryParameters(convert(op.query, "input")) : [])];
  if (op.idempotent) parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
  const limited = op.access !== "public";
  const responses: Json = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const headers: Json = {
      ...(limited ? RATE_LIMIT_HEADERS : {}),
      ...(op.idempotent ? { "Idempotent-Replayed": { $ref: "#/components/headers/Idempotent-Replayed" } } : {}),
    };
    const content = r.schema
      ? { "application/json": { schema: convert(r.schema, "output") } }
      : r.mediaType
        ? { [r.mediaType]: { schema: { type: "string" } } }
        : undefined;
    responses[status] = {
      description: r.description,
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(content ? { content } : {}),
    };
  }
  for (const status of errorStatuses(op)) responses[status] = errorRef(status);
  return {
    operationId: operationId(op),
    summary: op.summary,
    description: [op.description, `**Who may call it:** ${op.who}.`].filter(Boolean).join("\n\n"),
    tags: [tagOf(op.path)],
    security: op.access === "public" ? [] : op.access === "optional" ? [{}, { bearerAuth: [] }] : [{ bearerAuth: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { [op.bodyMediaType ?? "application/json"]: { schema: convert(op.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

/** Operations are grouped by their first path segment (`/api/v1/trips/{id}` → trips). */
const tagOf = (path: string) => {
  const first = path.replace("/api/v1/", "").split("/")[0];
  return first === "openapi.json" ? "meta" : first;
};

export function buildOpenApiDocument(operations: ApiOperation[] = API_OPERATIONS): Json {
  const converter = createConverter();
  const paths: Record<string, Json> = {};
  const sorted = [...operations].sort(
    (a, b) => a.path.localeCompare(b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
  );
  for (const op of sorted) {
    paths[op.path] ??= {
      description:
        "A method not listed here answers 405 `method_not_allowed` (#/components/responses/MethodNotAllowed) with an `Allow` header; OPTIONS answers 204 with the same header.",
    };
    if (paths[op.path][op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is declared twice`);
    paths[op.path][op.method] = toOperation(op, converter.convert);
  }
  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, headers }) => [
      name,
      {
        description,
        ...(headers ? { headers } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
  // the error body is referenced by every error response: make sure it is published even before any operation uses it
  converter.convert(ErrorBody, "output");
  return {
    openapi: "3.1.0",
    info: { title: "Travellr API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: "/", description: "This Travellr server" }],
    tags: [...new Set(sorted.map((op) => tagOf(op.path)))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(converter.components).sort(([a], [b]) => a.localeCompare(b))),
      responses,
      headers: HEADERS,
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "Up to 255 characters, unique per request you mean once (a UUID). Keys are kept 24 hours.",
          schema: { type: "string", maxLength: 255 },
        },
      },
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "The token from POST /api/v1/auth/login or /api/v1/auth/register",
        },
      },
    },
  };
}

let built: Json | undefined;
/** The document of this build, generated once per process (it depends on code only). */
export function openApiDocument(): Json {
  built ??= buildOpenApiDocument();
  return built;
}
