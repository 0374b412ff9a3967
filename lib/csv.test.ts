import { expect, test } from "vitest";
import { csvRow } from "./csv";

test.each([
  [["plain", 12, null], "plain,12,\r\n"],
  [['say "hi"', "a,b"], '"say ""hi""","a,b"\r\n'],
  [["line\nbreak"], '"line\nbreak"\r\n'],
  [["=SUM(A1)", "+1", "-2+3", "@x", -250, "-22.69"], "'=SUM(A1),'+1,'-2+3,'@x,-250,-22.69\r\n"],
])("csvRow(%j)", (fields, expected) => {
  expect(csvRow(fields)).toBe(expected);
});
