import type { MetadataRoute } from "next";

/** The web app manifest: the name and icons a phone uses when Travellr is added to the home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Travellr — book small-group trips",
    short_name: "Travellr",
    description: "Find trips from local operators, book seats on a departure and pay securely.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f7c80",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icons/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
