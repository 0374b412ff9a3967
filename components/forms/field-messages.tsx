// The hint and error under every form field, and the ids that tie them to the control with aria-describedby.

/**
 * Ids of a control's hint and error, and its aria-describedby: the error while there is one (the hint is hidden
 * then), else the hint. `error` is what the field shows (its first message).
 */
export function fieldMessageIds(controlId: string, { hint, error }: { hint?: string; error?: string }) {
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  return { hintId, errorId, describedBy: error ? errorId : hint ? hintId : undefined };
}

/**
 * The hint, or the error in its place. The error's line is always there, so an error appearing does not push the
 * form around, and it is announced when it appears (role=alert). `all` lists every message (an itinerary line by
 * line) instead of the first.
 */
export function FieldMessages({
  controlId,
  hint,
  errors,
  all = false,
}: {
  controlId: string;
  hint?: string;
  errors?: string[];
  all?: boolean;
}) {
  const error = errors?.[0];
  const { hintId, errorId } = fieldMessageIds(controlId, { hint, error });
  const role = error ? "alert" : undefined;
  return (
    <>
      {hint && !error ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {all && errors && errors.length > 1 ? (
        <div id={errorId} role={role} className="min-h-4 text-xs text-destructive">
          <ul className="grid gap-0.5">
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p id={errorId} role={role} className="min-h-4 text-xs text-destructive">
          {error ?? ""}
        </p>
      )}
    </>
  );
}
