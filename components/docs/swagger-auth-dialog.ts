import type { SwaggerComponent, SwaggerSystem } from "swagger-ui-dist/swagger-ui-es-bundle.js";
import { makeModal } from "./modal-dialog";

// Swagger UI's authorization popup (component `authorizationPopup`, opened by "Authorize" and by an operation's lock)
// is a plain <div> over a backdrop. This wrapper hands the rendered popup to makeModal (modal-dialog.ts) for the
// contract of a modal dialog. It renders with Swagger UI's own React, passed in by the plugin.

type ReactModule = SwaggerSystem["React"];

function canShowDefinitions(value: unknown): value is { showDefinitions(shown: boolean): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    "showDefinitions" in value &&
    typeof value.showDefinitions === "function"
  );
}

export function authorizationDialog(React: ReactModule, Original: SwaggerComponent): SwaggerComponent {
  const h = React.createElement;
  return function AuthorizationDialog(props) {
    const host = React.useRef<HTMLDivElement>(null);
    // read while rendering: by the time effects run, Swagger UI's autofocused credentials field has the focus
    const [opener] = React.useState(() => document.activeElement);
    // the latest props' close action (what the popup's own close button does), for a dialog set up once per opening
    const close = React.useRef(() => {});
    const { authActions } = props;
    React.useEffect(() => {
      close.current = () => {
        if (canShowDefinitions(authActions)) authActions.showDefinitions(false);
      };
    }, [authActions]);

    React.useEffect(() => {
      const root = host.current;
      const dialog = root?.querySelector<HTMLElement>(".modal-ux");
      if (!root || !dialog) return;
      // the <div> of the top Authorize button, which renders the popup next to itself
      const authWrapper = root.parentElement;
      return makeModal({
        root,
        dialog,
        title: dialog.querySelector<HTMLElement>(".modal-ux-header h3"),
        titleId: "swagger-authorizations-title",
        opener,
        fallback: () => authWrapper?.querySelector<HTMLElement>(":scope > .btn.authorize") ?? null,
        close: () => close.current(),
      });
    }, [opener]);

    // the <div> is there for the ref only: display: contents (api-reference.css) keeps Swagger UI's layout
    return h("div", { ref: host, className: "auth-dialog-host" }, h(Original, props));
  };
}
