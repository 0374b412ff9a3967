import type { z } from "zod";
import type { Actor } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { type FieldErrors, type FormState, FIX_FIELDS, formError, formValues } from "./form-state";

// The one skeleton of every server action: who is calling and may they, parse, run one use case, turn its
// AppError/ZodError into form state (field errors next to fields, what was typed kept), revalidate, redirect.
// Framework-free so it is tested without Next.js; lib/forms/action.ts wires it to the session, cache and router.

/** What the wrapper needs from the framework. */
export interface ActionRuntime {
  /** The signed-in actor holding `permission`; redirects (throws) otherwise. */
  requireActor(permission: Permission): Promise<Actor>;
  revalidatePath(path: string, type?: "layout"): void;
  redirect(url: string): never;
}

/** Paths whose pages show what the action changed; `{ layout }` refreshes every page under it. */
type Paths = readonly (string | { layout: string })[];
/** An action either answers its form or sends the browser on (after revalidating). */
export type Outcome<D> = FormState<D> | { redirectTo: string };

type Schemas = readonly z.ZodType[];
/** Bound arguments as the page passes them / as the use case gets them, parsed by their schemas. */
export type ArgInputs<A extends Schemas> = { -readonly [K in keyof A]: z.input<A[K]> };
export type ArgOutputs<A extends Schemas> = { -readonly [K in keyof A]: z.output<A[K]> };

interface BaseConfig<A extends Schemas> {
  /** Every action declares one, even where every role has it (profile:update): the table says who may. */
  permission: Permission;
  /** Schemas of the arguments the page binds (`action.bind(null, booking.id)`): they arrive from the browser too. */
  args: A;
  revalidate?: Paths | ((...args: ArgOutputs<A>) => Paths);
}

/** Records a form field that could not be read ("abc" as a price) with the message the user should see. */
export type Invalid = (field: string, message: string) => undefined;

export interface FormConfig<A extends Schemas, S extends z.ZodType> extends BaseConfig<A> {
  /** The form fields read, and sent back on failure so the form keeps what was typed (never a password). */
  fields: readonly string[];
  schema: S;
  /** Form strings → the schema's payload (numbers, cents, arrays); by default the values as they are. */
  input?: (values: Record<string, string>, ctx: { args: ArgOutputs<A>; invalid: Invalid }) => unknown;
  /** Schema field → form field, where the form names it differently (pricePerSeat is typed into "price"). */
  errorFields?: Readonly<Record<string, string>>;
}

interface Context<A extends Schemas> {
  actor: Actor;
  args: ArgOutputs<A>;
}

const STALE = "This page is out of date. Reload it and try again.";

export function createActions(runtime: ActionRuntime) {
  async function authorize<A extends Schemas>(
    config: BaseConfig<A>,
    rawArgs: unknown[],
  ): Promise<Context<A> | FormState> {
    // the permission is checked before anything else is read
    const actor = await runtime.requireActor(config.permission);
    const args: unknown[] = [];
    for (const [i, schema] of config.args.entries()) {
      const parsed = schema.safeParse(rawArgs[i]);
      // bound arguments are what the page rendered: one that does not parse was tampered with or is from an old page
      if (!parsed.success) return { formError: STALE };
      args.push(parsed.data);
    }
    return { actor, args: args as ArgOutputs<A> };
  }

  /** After the use case ran: refresh the pages that show what changed, then answer the form or send the browser on. */
  function finish<A extends Schemas, D>(config: BaseConfig<A>, args: ArgOutputs<A>, outcome: Outcome<D>): FormState<D> {
    const paths = typeof config.revalidate === "function" ? config.revalidate(...args) : (config.revalidate ?? []);
    for (const p of paths) {
      if (typeof p === "string") runtime.revalidatePath(p);
      else runtime.revalidatePath(p.layout, "layout");
    }
    if ("redirectTo" in outcome) runtime.redirect(outcome.redirectTo);
    return outcome;
  }

  /** A button's action: arguments bound by the page, no form fields. `(…args) => FormState`. */
  function action<const A extends Schemas, D = never>(
    config: BaseConfig<A>,
    fn: (ctx: Context<A>) => Promise<Outcome<D>>,
  ) {
    return async (...rawArgs: ArgInputs<A>): Promise<FormState<D>> => {
      const ctx = await authorize(config, rawArgs);
      if (!("actor" in ctx)) return ctx;
      let outcome: Outcome<D>;
      try {
        outcome = await fn(ctx);
      } catch (error) {
        return formError(error);
      }
      return finish(config, ctx.args, outcome);
    };
  }

  /** A form's action for useActionState: `(…bound args, previous state, form data) => FormState`. */
  function formAction<const A extends Schemas, S extends z.ZodType, D = never>(
    config: FormConfig<A, S>,
    fn: (ctx: Context<A> & { input: z.output<S>; values: Record<string, string> }) => Promise<Outcome<D>>,
  ) {
    return async (...all: [...ArgInputs<A>, FormState<D>, FormData]): Promise<FormState<D>> => {
      const ctx = await authorize(config, all.slice(0, -2));
      if (!("actor" in ctx)) return ctx;
      const form = all[all.length - 1];
      const values = form instanceof FormData ? formValues(form, config.fields) : {};
      const unreadable: FieldErrors = {};
      // a field can have several problems (an itinerary, line by line); the form shows the first or all of them
      const invalid: Invalid = (field, message) => void (unreadable[field] ??= []).push(message);
      const parsed = config.schema.safeParse(config.input ? config.input(values, { args: ctx.args, invalid }) : values);
      if (!parsed.success || Object.keys(unreadable).length > 0) {
        const state = parsed.success ? { formError: FIX_FIELDS } : formError(parsed.error, values);
        // a field that could not be read says how to write it, rather than what the schema made of its absence
        return {
          ...state,
          fieldErrors: { ...renameFields(state.fieldErrors ?? {}, config.errorFields), ...unreadable },
          values,
        };
      }
      let outcome: Outcome<D>;
      try {
        outcome = await fn({ ...ctx, input: parsed.data, values });
      } catch (error) {
        const state = formError(error, values);
        return { ...state, fieldErrors: state.fieldErrors && renameFields(state.fieldErrors, config.errorFields) };
      }
      return finish(config, ctx.args, outcome);
    };
  }

  return { action, formAction };
}

function renameFields(errors: FieldErrors, names: Readonly<Record<string, string>> = {}): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) renamed[names[field] ?? field] = messages;
  return renamed;
}
