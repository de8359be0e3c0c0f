// Fills the embed page's build table from build-info.json (written by the build).
const table = document.getElementById("build-files");
const note = document.getElementById("build-note");
fetch("/build-info.json")
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((info) => {
    const npm = (info.npm ?? []).map((f) => ({ url: f.url, raw: "—", gzip: "—", brotli: "—", integrity: f.integrity }));
    for (const f of [...info.files, ...npm]) {
      const row = table.insertRow();
      for (const text of [f.url, String(f.raw), String(f.gzip), String(f.brotli), f.integrity]) {
        const cell = row.insertCell();
        const code = document.createElement("code");
        code.textContent = text;
        cell.append(code);
      }
    }
    note.textContent = `Version ${info.version}, built ${info.built}. What the browser transfers for the widget: ${info.total.brotli} bytes brotli (${info.total.gzip} bytes gzip -9, ${info.total.raw} bytes uncompressed). The last rows are the npm package's loaders on jsDelivr, pinned to this version.`;
  })
  .catch((e) => {
    note.textContent = `The sizes and hashes of this build could not be loaded (${e.message}).`;
  });
