import type { ComponentClass, Context } from "react";
import type {
  SwaggerComponent,
  SwaggerPlugin,
  SwaggerProps,
  SwaggerSystem,
} from "swagger-ui-dist/swagger-ui-es-bundle.js";
import { authorizationDialog } from "./swagger-auth-dialog";
import { readableSyntaxHighlighting } from "./swagger-code-theme";

// Swagger UI's own markup fails axe-core in places that CSS cannot reach (colours are in api-reference.css).
// The fixes wrap its components through the plugin API instead of forking it. Swagger UI renders with the React it
// bundles, so every element and context here is made with `system.React`, never with the app's React.

type ReactModule = SwaggerSystem["React"];

/**
 * A context holding a name, one per copy of React and purpose: "field", the parameter a JsonSchemaForm is rendering
 * (read by the <select> inside it); "tag", the tag whose section header is rendering (read by its toggle's arrow).
 */
const nameContexts = new WeakMap<ReactModule, Map<"field" | "tag", Context<string | undefined>>>();
function nameContext(React: ReactModule, purpose: "field" | "tag") {
  let contexts = nameContexts.get(React);
  if (!contexts) {
    contexts = new Map();
    nameContexts.set(React, contexts);
  }
  let context = contexts.get(purpose);
  if (!context) {
    context = React.createContext<string | undefined>(undefined);
    contexts.set(purpose, context);
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

/** The props that name a tag's arrow icon ("Expand bookings"), none outside a tag's header. */
function tagArrowName(tag: string | undefined, action: "Collapse" | "Expand"): SwaggerProps {
  return tag ? { "aria-hidden": undefined, role: "img", "aria-label": `${action} ${tag}` } : {};
}

export function accessibilityPlugin(system: SwaggerSystem): SwaggerPlugin {
  const { React } = system;
  const FieldName = nameContext(React, "field");
  const TagName = nameContext(React, "tag");
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

      // "Authorize" (and an operation's lock) opens this popup: made a modal dialog (swagger-auth-dialog.ts)
      authorizationPopup: (Original) => authorizationDialog(React, Original),

      // Each tag's collapse button holds only an arrow icon, hidden from screen readers, so its name fell back on its
      // title: "Collapse operation" for every tag alike. Inside a tag's header the arrow is an image named after the
      // action and the tag ("Collapse bookings"); the button's aria-expanded (Swagger UI's) carries the state. The
      // operations inside the section draw the same arrows, so the tag is cleared for them.
      OperationTag: (Original) =>
        function OperationTag(props) {
          const tag = typeof props.tag === "string" && props.tag !== "" ? props.tag : undefined;
          const { children } = props;
          const inner = React.isValidElement(children) ? h(TagName.Provider, { value: undefined }, children) : children;
          return h(TagName.Provider, { value: tag }, h(Original, { ...props, children: inner }));
        },
      ArrowUpIcon: (Original) =>
        function ArrowUpIcon(props) {
          return h(Original, { ...props, ...tagArrowName(React.useContext(TagName), "Collapse") });
        },
      ArrowDownIcon: (Original) =>
        function ArrowDownIcon(props) {
          return h(Original, { ...props, ...tagArrowName(React.useContext(TagName), "Expand") });
        },

      // The authorization dialog's close button holds nothing but this icon, hidden from screen readers
      CloseIcon: (Original) =>
        function CloseIcon(props) {
          return h(Original, { ...props, "aria-hidden": undefined, role: "img", "aria-label": "Close" });
        },
    },
  };
}
