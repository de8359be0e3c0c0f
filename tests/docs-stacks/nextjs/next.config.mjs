// A static export: every page server-rendered at build time, hydrated in the
// browser, the router navigating client-side between them.
export default {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
};
