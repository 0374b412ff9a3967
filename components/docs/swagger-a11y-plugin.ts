import type { ComponentClass, Context } from "react";
import type {
  SwaggerComponent,
  SwaggerPlugin,
  SwaggerProps,
  SwaggerSystem,
} from "swagger-ui-dist/swagger-ui-es-bundle.js";
import { readableSyntaxHighlighting } from "./swagger-code-theme";

// Swagger UI's own markup fails axe-core in places that CSS cannot reach (colours are in api-reference.css).
// The fixes wrap its components through the plugin API instead of forking it. Swagger UI renders with the React it
// bundles, so every element and context here is made with `system.React`, never with the app's React.

type ReactModule = SwaggerSystem["React"];

/** The name of the parameter a JsonSchemaForm is rendering, read by the <select> inside it. */
const fieldNames = new WeakMap<ReactModule, Context<string | undefined>>();
function fieldNameContext(React: ReactModule) {
  let context = fieldNames.get(React);
  if (!context) {
    context = React.createContext<string | undefined>(undefined);
    fieldNames.set(React, context);
  }
  return context;
}

function isClassComponent(component: SwaggerComponent): component is ComponentClass<SwaggerProps> {
  return typeof component.prototype?.render === "function";
}

function isImmutableMap(value: unknown): value is { set(key: string, value: unknown): unknown } {
  return typeof value === "object" && value !== null && "set" in value && typeof value.set === "function";
}

/** The aria-label a field should carry: its own unless that is just its id, else the parameter's name, else `fallback`. */
function fieldLabel(props: SwaggerProps, name: string | undefined, fallback: string | undefined) {
  const own = props["aria-label"];
  if (typeof own === "string" && own !== props.id) return own;
  if (typeof props.id === "string" && own === props.id) return undefined;
  return name ?? fallback;
}

/** Whether Swagger UI's schema title (KeywordTitle: `title`, else the schema's title, $anchor or $id) shows text. */
function hasTitle({ title, schema }: SwaggerProps) {
  if (typeof title === "string" && title !== "") return true;
  if (typeof schema !== "object" || schema === null) return false;
  return ["title", "$anchor", "$id"].some((key) => Reflect.get(schema, key) != null);
}

export function accessibilityPlugin(system: SwaggerSystem): SwaggerPlugin {
  const { React } = system;
  const FieldName = fieldNameContext(React);
  const h = React.createElement;

  return {
    wrapComponents: {
      // The operation's path is a deep link (<a href="#/tag/operation">) inside the header's <button>: a link in a
      // button, which keyboards and screen readers cannot tell apart. Rendered without href it is plain text, and
      // deep linking still works: opening an operation writes its link into the address bar.
      OperationSummaryPath: (Original) =>
        function OperationSummaryPath(props) {
          const { operationProps } = props;
          if (!isImmutableMap(operationProps)) return h(Original, props);
          return h(Original, { ...props, operationProps: operationProps.set("isDeepLinkingEnabled", false) });
        },

      // The servers <select id="servers"> sits in an empty <label>, its "Servers" caption is a <span> beside it.
      // The caption is rendered again as the select's <label> (api-reference.css hides the span).
      Servers: (Original) =>
        function Servers(props) {
          return h(
            React.Fragment,
            null,
            h("label", { htmlFor: "servers", className: "servers-title" }, "Servers"),
            h(Original, props),
          );
        },

      // A parameter's form gets the parameter's name as `description` (its text inputs use it as placeholder)...
      JsonSchemaForm: (Original) =>
        function JsonSchemaForm(props) {
          const name = typeof props.description === "string" ? props.description : undefined;
          return h(FieldName.Provider, { value: name }, h(Original, props));
        },

      // ...but its Select (enums, booleans) renders a bare <select>. Subclassing keeps Swagger UI's own state
      // handling; only the rendered element gains the name as aria-label.
      Select: (Original) => {
        if (!isClassComponent(Original)) return Original;
        return class LabelledSelect extends Original {
          static contextType = FieldName;
          render() {
            const element = super.render();
            const name = this.context;
            if (typeof name !== "string" || !React.isValidElement(element)) return element;
            return React.cloneElement(element, { "aria-label": name } as SwaggerProps);
          }
        };
      },

      // Input and TextArea pass their props to the element. Fields get the parameter's name; the request body's
      // editor and a bare file field get a name of their own. Swagger UI labels the credentials fields with their
      // ids ("auth-bearer-value"), which hides their visible <label> ("Value:"): those go.
      Input: (Original) =>
        function Input(props) {
          const name = React.useContext(FieldName);
          return h(Original, {
            ...props,
            "aria-label": fieldLabel(props, name, props.type === "file" ? "File" : undefined),
          });
        },
      TextArea: (Original) =>
        function TextArea(props) {
          const name = React.useContext(FieldName);
          return h(Original, { ...props, "aria-label": fieldLabel(props, name, "Request body") });
        },

      // Buttons whose aria-label hides their visible text ("Authorize" named "Apply credentials", "Logout" named
      // "Remove authorization"): speech-input users say what they see, so the visible text is the name.
      Button: (Original) =>
        function Button(props) {
          const label = props["aria-label"];
          const text = props.children;
          if (typeof label !== "string" || typeof text !== "string") return h(Original, props);
          if (label.toLowerCase().includes(text.trim().toLowerCase())) return h(Original, props);
          return h(Original, { ...props, "aria-label": undefined });
        },

      // Code blocks: the colour theme comes in as a prop (swagger-code-theme.ts)
      SyntaxHighlighter: (Original) =>
        function SyntaxHighlighter(props) {
          return h(Original, { ...props, syntaxHighlighting: readableSyntaxHighlighting(props.syntaxHighlighting) });
        },

      // A schema's expand/collapse button is named by its title; an untitled schema (an operation's inline request
      // body) left it nameless
      JSONSchema202012KeywordTitle: (Original) =>
        function KeywordTitle(props) {
          return hasTitle(props) ? h(Original, props) : h("span", { className: "sr-only" }, "Schema");
        },

      // The authorization dialog's close button holds nothing but this icon, hidden from screen readers
      CloseIcon: (Original) =>
        function CloseIcon(props) {
          return h(Original, { ...props, "aria-hidden": undefined, role: "img", "aria-label": "Close" });
        },
    },
  };
}
