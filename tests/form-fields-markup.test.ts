// The form fields share one hint/error block (components/forms/field-messages.tsx): the control points at the error
// while there is one, else at the hint, and the error line is always there so the form does not jump.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Field } from "@/components/forms/field";
import { PasswordField } from "@/components/forms/password-field";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { LanguagePicker } from "@/components/vendor/language-picker";
import { languageChoices } from "@/lib/trips/languages";

const options = [{ value: "a", label: "A" }];
const fields = {
  Field: (p: { hint?: string; errors?: string[] }) => createElement(Field, { name: "x", label: "X", ...p }),
  PasswordField: (p: { hint?: string; errors?: string[] }) =>
    createElement(PasswordField, { name: "x", label: "X", ...p }),
  SelectField: (p: { hint?: string; errors?: string[] }) =>
    createElement(SelectField, { name: "x", label: "X", options, ...p }),
  TextareaField: (p: { hint?: string; errors?: string[] }) =>
    createElement(TextareaField, { name: "x", label: "X", ...p }),
};

describe.each(Object.entries(fields))("%s", (_, field) => {
  test("a hint describes the control; the empty error line is reserved and silent", () => {
    const html = renderToStaticMarkup(field({ hint: "Say it" }));
    expect(html).toMatch(
      /id="field-x"[^>]*aria-describedby="field-x-hint"|aria-describedby="field-x-hint"[^>]*id="field-x"/,
    );
    expect(html).toContain('<p id="field-x-hint" class="text-xs text-muted-foreground">Say it</p>');
    expect(html).toContain('<p id="field-x-error" class="min-h-4 text-xs text-destructive"></p>');
    expect(html).not.toContain('aria-invalid="');
  });

  test("an error replaces the hint, is announced and describes the invalid control", () => {
    const html = renderToStaticMarkup(field({ hint: "Say it", errors: ["Wrong", "Also wrong"] }));
    expect(html).not.toContain("Say it");
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-x-error"');
    expect(html).toContain('<p id="field-x-error" role="alert" class="min-h-4 text-xs text-destructive">Wrong</p>');
    expect(html).not.toContain("Also wrong");
  });
});

test("a textarea can list every error (the itinerary, line by line)", () => {
  const html = renderToStaticMarkup(
    createElement(TextareaField, {
      name: "itinerary",
      label: "Itinerary",
      allErrors: true,
      errors: ["Line 2: a", "Line 4: b"],
    }),
  );
  expect(html).toContain('aria-describedby="field-itinerary-error"');
  expect(html).toMatch(
    /<div id="field-itinerary-error" role="alert"[^>]*><ul[^>]*><li>Line 2: a<\/li><li>Line 4: b<\/li><\/ul><\/div>/,
  );
});

describe("LanguagePicker", () => {
  const render = (p: { defaultValue?: string; errors?: string[] }) =>
    renderToStaticMarkup(
      createElement(LanguagePicker, {
        name: "languages",
        label: "Guide languages",
        choices: languageChoices(["eu"]),
        hint: "Every language",
        ...p,
      }),
    );

  test("a group named by its legend, one checkbox per language by name, the codes in one hidden field", () => {
    const html = render({ defaultValue: "ja, EN,ja" });
    expect(html).toMatch(
      /^<fieldset[^>]*aria-describedby="field-languages-hint"[^>]*><legend[^>]*>Guide languages<\/legend>/,
    );
    expect(html).toContain('<input type="hidden" name="languages" value="ja, en"/>');
    expect(html.match(/type="checkbox"/g)).toHaveLength(languageChoices(["eu"]).length);
    expect(html.match(/type="checkbox"[^>]*checked=""/g)).toHaveLength(2);
    expect(html).toContain(
      '<span>Japanese</span><span lang="ja" dir="auto" class="text-muted-foreground">日本語</span>',
    );
    expect(html).toContain("<span>Basque</span>");
    // chips in the order chosen, each a button named "Remove <language>"
    expect(html).toMatch(
      /<span class="sr-only">Remove <\/span><span class="font-medium">Japanese<\/span>.*Remove <\/span><span class="font-medium">English<\/span>/,
    );
    expect(html).toContain('aria-label="Find a language"');
  });

  test("nothing chosen says so; an error sits under the group and marks the boxes invalid", () => {
    const none = render({});
    expect(none).toContain('value=""');
    expect(none).toContain("No language chosen yet.");
    const wrong = render({ defaultValue: "en", errors: ["At most 10 languages"] });
    expect(wrong).toContain('aria-describedby="field-languages-error"');
    expect(wrong).toContain('role="alert" class="min-h-4 text-xs text-destructive">At most 10 languages</p>');
    expect(wrong).toMatch(/type="checkbox"[^>]*aria-invalid="true"/);
  });

  test("at ten languages the others cannot be ticked, and the hint says why", () => {
    const ten = languageChoices()
      .slice(0, 10)
      .map((c) => c.code)
      .join(", ");
    const html = render({ defaultValue: ten });
    expect(html.match(/type="checkbox"[^>]*disabled=""/g)).toHaveLength(languageChoices(["eu"]).length - 10);
    expect(html).toContain("That is the most a trip can list (10)");
  });
});
