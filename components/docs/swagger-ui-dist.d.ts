// swagger-ui-dist ships no type declarations; this covers what components/docs/api-reference.tsx uses.
declare module "swagger-ui-dist/swagger-ui-es-bundle.js" {
  export interface SwaggerUIOptions {
    domNode: HTMLElement;
    url?: string;
    docExpansion?: "list" | "full" | "none";
    defaultModelsExpandDepth?: number;
    deepLinking?: boolean;
    persistAuthorization?: boolean;
    displayRequestDuration?: boolean;
    filter?: boolean | string;
  }
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
