// swagger-ui-dist ships no type declarations; this covers what components/docs/api-reference.tsx uses.
declare module "swagger-ui-dist/swagger-ui-es-bundle.js" {
  import type * as ReactModule from "react";

  export type SwaggerProps = Record<string, unknown>;
  export type SwaggerComponent = ReactModule.ComponentType<SwaggerProps>;
  /** What a plugin and a component wrapper receive; React is Swagger UI's own copy, bundled with it. */
  export interface SwaggerSystem {
    React: typeof ReactModule;
  }
  export interface SwaggerPlugin {
    components?: Record<string, SwaggerComponent>;
    wrapComponents?: Record<string, (Original: SwaggerComponent, system: SwaggerSystem) => SwaggerComponent>;
  }

  export interface SwaggerUIOptions {
    domNode: HTMLElement;
    url?: string;
    docExpansion?: "list" | "full" | "none";
    defaultModelsExpandDepth?: number;
    deepLinking?: boolean;
    persistAuthorization?: boolean;
    displayRequestDuration?: boolean;
    filter?: boolean | string;
    plugins?: Array<(system: SwaggerSystem) => SwaggerPlugin>;
  }
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
