import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";

// Checks an API response against the OpenAPI document: the operation is found by method and path template, the body
// against the schema documented for its status. Shared by the Playwright fixture (e2e/support/test.ts) and the
// contract test, so both apply the same rules.

type Json = { [key: string]: unknown };
interface Operation {
  responses: Record<string, Json>;
}
export interface CheckedResponse {
  method: string;
  /** the URL's path, e.g. /api/v1/trips/abc */
  path: string;
  status: number;
  contentType: string;
  /** the body as text ("" when there is none) */
  body: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function createResponseValidator(doc: Json) {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const components = doc.components as { schemas: Record<string, Json>; responses: Record<string, Json> };
  // component refs are rewritten to $defs so each response schema compiles on its own
  const toDefs = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/')) as Json;
  const defs = toDefs(components.schemas);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat("date-time", ISO_INSTANT);
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: unknown) => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({ ...toDefs(schema), $defs: defs });
      compiled.set(key, validate);
    }
    return validate;
  };

  // literal templates first, so /admin/payouts/run is never taken for a /{id} path
  const templates = Object.keys(paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+").replace(/\./g, "\\.")}$`),
    }))
    .sort((a, b) => a.params - b.params);
  const findTemplate = (path: string) => templates.find((t) => t.pattern.test(path))?.template;

  const resolve = (response: Json): Json => {
    const ref = response.$ref as string | undefined;
    return ref ? components.responses[ref.split("/").pop()!] : response;
  };

  /** Every problem found, empty when the response is what the document says. */
  function check(res: CheckedResponse): string[] {
    const template = findTemplate(res.path);
    // allowOnly answers OPTIONS on every path (204 + Allow); Next.js serves HEAD with the GET handler
    if (res.method === "OPTIONS")
      return template || res.status === 404 ? [] : [`OPTIONS ${res.path}: no documented path`];
    const operation = template ? paths[template][res.method === "HEAD" ? "get" : res.method.toLowerCase()] : undefined;
    const where = `${res.method} ${res.path} → ${res.status}`;
    let documented = operation?.responses[String(res.status)];
    if (!documented) {
      // every error, whether listed for this operation or not (a 405, a NUL in a path), has the documented error shape
      if (res.status >= 400) documented = components.responses[res.status === 405 ? "MethodNotAllowed" : "BadRequest"];
      else return [operation ? `${where}: status not documented for ${template}` : `${where}: no documented operation`];
    }
    const response = resolve(documented);
    const content = response.content as Record<string, { schema: unknown }> | undefined;
    if (!content) return res.body === "" ? [] : [`${where}: documented without a body, got one`];
    if (res.method === "HEAD") return [];
    if (!content["application/json"]) {
      return Object.keys(content).some((type) => res.contentType.startsWith(type))
        ? []
        : [`${where}: content-type ${res.contentType} is not ${Object.keys(content).join(", ")}`];
    }
    // a path with an encoded control character may be refused by the server before any route runs (not our JSON)
    if (res.status >= 400 && !res.contentType.includes("json") && /%[01][0-9a-f]/i.test(res.path)) return [];
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return [`${where}: body is not JSON`];
    }
    const key =
      operation && operation.responses[String(res.status)]
        ? `${template} ${res.method} ${res.status}`
        : `error ${res.status === 405 ? 405 : 400}`;
    const validate = compile(key, content["application/json"].schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: body${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
    );
  }

  return { check, findTemplate };
}
