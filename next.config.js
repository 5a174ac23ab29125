// Next.js configuration. Security headers forbid any third-party request from a page.
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const isDev = process.env.NODE_ENV === "development";

const contentSecurityPolicy = [
  "default-src 'self'",
  // Next's hydration uses inline scripts; nothing is loaded from another origin.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The app's own sources; tests are type-checked by `npm test` (tsc --noEmit).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  serverExternalPackages: ["better-sqlite3", "pdfkit", "sharp"],
  experimental: {
    serverActions: {
      // Above the largest legitimate form (a report-back: 4 photos and a reply photo of 10 MB each, and
      // its text) so oversize fields reach validation and get a clear error. proxy.ts keeps other posts at 6 MB.
      bodySizeLimit: "52mb",
    },
    // The proxy reads (a copy of) every request body; beyond this it would cut uploads short silently.
    proxyClientMaxBodySize: "52mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
