import type { Metadata } from "next";
import { summarize } from "../text/summarize";

export interface TripMetadataSource {
  id: string;
  title: string;
  description: string;
  images: string[];
  status: string;
}

/**
 * The trip page's <head>: a description search engines can show (about 155 characters of the trip's own text) and
 * Open Graph / Twitter cards for link previews. Crawlers need absolute URLs, so site paths (/images/…) are resolved
 * against APP_URL.
 */
export function tripMetadata(trip: TripMetadataSource, appUrl: string): Metadata {
  const url = new URL(`/trips/${trip.id}`, appUrl).toString();
  const description = summarize(trip.description);
  const image = trip.images[0] ? new URL(trip.images[0], appUrl).toString() : undefined;
  return {
    title: trip.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      siteName: "Travellr",
      url,
      title: trip.title,
      description,
      images: image ? [{ url: image, alt: trip.title }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: trip.title,
      description,
      images: image ? [image] : undefined,
    },
    // only its vendor and admins can open a draft: keep the preview out of search engines
    robots: trip.status === "published" ? undefined : { index: false, follow: false },
  };
}
