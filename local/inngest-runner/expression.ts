// A small evaluator for the CEL expressions the Inngest SDK generates for triggers and waits:
// `event.data.x == 'lit'`, `!=`, numbers, booleans, null, joined by && and ||. Anything else throws, loudly.

type Scope = Record<string, unknown>;

function lookup(path: string, scope: Scope): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined),
      scope,
    );
}

function operand(token: string, scope: Scope): unknown {
  const t = token.trim();
  if (/^'.*'$/.test(t) || /^".*"$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (t === "null") return null;
  if (/^[A-Za-z_][\w]*(\.[\w]+)*$/.test(t)) return lookup(t, scope);
  throw new Error(`unsupported expression operand: ${t}`);
}

function comparison(expr: string, scope: Scope): boolean {
  const m = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(expr.trim());
  if (!m) return Boolean(operand(expr, scope));
  const equal = operand(m[1], scope) === operand(m[3], scope);
  return m[2] === "==" ? equal : !equal;
}

/** The value of one operand, e.g. a batch key such as `event.data.userId`. */
export function valueOf(expression: string, scope: Scope): unknown {
  return operand(expression, scope);
}

export function evaluate(expression: string, scope: Scope): boolean {
  return expression.split("||").some((any) => any.split("&&").every((all) => comparison(all, scope)));
}
