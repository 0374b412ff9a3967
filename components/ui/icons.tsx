// Lucide icons for server components, rendered as plain <svg> markup.
//
// lucide-react's icons render its `Icon`, a client component ("use client": it reads a context for default sizes).
// Used from a server component, every icon became a client reference: the page's payload carried its path data as
// props, and the browser hydrated one more component per icon (30 on the home page, 54 on a trip page). These render
// the same markup as lucide-react (same attributes, classes and aria-hidden) with no client code at all. Client
// components keep importing from "lucide-react"; tests/server-icons.test.ts keeps server components on this file.
import { cx } from "@/lib/ui/cn";
import {
  ArrowDownRight as arrowDownRight,
  ArrowUpRight as arrowUpRight,
  BellOff as bellOff,
  CalendarDays as calendarDays,
  CalendarPlus as calendarPlus,
  CalendarX2 as calendarX2,
  Check as check,
  CircleAlert as circleAlert,
  CircleCheck as circleCheck,
  Clock as clock,
  CreditCard as creditCard,
  Download as download,
  ExternalLink as externalLink,
  FileText as fileText,
  History as history,
  type IconNode,
  Languages as languages,
  Luggage as luggage,
  Mail as mail,
  MapPin as mapPin,
  MessageSquareReply as messageSquareReply,
  Minus as minus,
  Plus as plus,
  Printer as printer,
  Receipt as receipt,
  Search as search,
  ShieldCheck as shieldCheck,
  Star as star,
  Users as users,
  X as x,
} from "lucide";
import { createElement, type SVGProps } from "react";

export type IconProps = Omit<SVGProps<SVGSVGElement>, "children" | "ref">;

/** lucide-react adds aria-hidden unless the caller gives the icon an accessible name or role. */
function hasA11yProp(props: IconProps) {
  return Object.keys(props).some((key) => key.startsWith("aria-") || key === "role" || key === "title");
}

/** A server-renderable icon component from a lucide icon node; `name` is its kebab-case name, as in lucide's class. */
export function serverIcon(node: IconNode, name: string) {
  function Icon({ className, ...props }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={24}
        height={24}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={cx("lucide", `lucide-${name}`, className)}
        {...(hasA11yProp(props) ? {} : { "aria-hidden": true })}
        {...props}
      >
        {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

export type ServerIcon = ReturnType<typeof serverIcon>;

export const ArrowDownRight = /* @__PURE__ */ serverIcon(arrowDownRight, "arrow-down-right");
export const ArrowUpRight = /* @__PURE__ */ serverIcon(arrowUpRight, "arrow-up-right");
export const BellOff = /* @__PURE__ */ serverIcon(bellOff, "bell-off");
export const CalendarDays = /* @__PURE__ */ serverIcon(calendarDays, "calendar-days");
export const CalendarPlus = /* @__PURE__ */ serverIcon(calendarPlus, "calendar-plus");
export const CalendarX2 = /* @__PURE__ */ serverIcon(calendarX2, "calendar-x-2");
export const Check = /* @__PURE__ */ serverIcon(check, "check");
export const CircleAlert = /* @__PURE__ */ serverIcon(circleAlert, "circle-alert");
export const CircleCheck = /* @__PURE__ */ serverIcon(circleCheck, "circle-check");
export const Clock = /* @__PURE__ */ serverIcon(clock, "clock");
export const CreditCard = /* @__PURE__ */ serverIcon(creditCard, "credit-card");
export const Download = /* @__PURE__ */ serverIcon(download, "download");
export const ExternalLink = /* @__PURE__ */ serverIcon(externalLink, "external-link");
export const FileText = /* @__PURE__ */ serverIcon(fileText, "file-text");
export const History = /* @__PURE__ */ serverIcon(history, "history");
export const Languages = /* @__PURE__ */ serverIcon(languages, "languages");
export const Luggage = /* @__PURE__ */ serverIcon(luggage, "luggage");
export const Mail = /* @__PURE__ */ serverIcon(mail, "mail");
export const MapPin = /* @__PURE__ */ serverIcon(mapPin, "map-pin");
export const MessageSquareReply = /* @__PURE__ */ serverIcon(messageSquareReply, "message-square-reply");
export const Minus = /* @__PURE__ */ serverIcon(minus, "minus");
export const Plus = /* @__PURE__ */ serverIcon(plus, "plus");
export const Printer = /* @__PURE__ */ serverIcon(printer, "printer");
export const Receipt = /* @__PURE__ */ serverIcon(receipt, "receipt");
export const Search = /* @__PURE__ */ serverIcon(search, "search");
export const ShieldCheck = /* @__PURE__ */ serverIcon(shieldCheck, "shield-check");
export const Star = /* @__PURE__ */ serverIcon(star, "star");
export const Users = /* @__PURE__ */ serverIcon(users, "users");
export const X = /* @__PURE__ */ serverIcon(x, "x");
