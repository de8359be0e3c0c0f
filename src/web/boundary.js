// The JavaScript half of web/js.rs: the few browser calls the widget makes
// that web-sys does not give as one call (events, frames, plural rules, the
// zone names' file, listener bookkeeping). Values cross the boundary with
// serde-wasm-bindgen (web/api.rs); no policy logic lives here. scripts/build
// inlines this file into the glue (no extra request).

/**
 * The first own key of `value` that is not among `names` (a `Set` of a
 * serde struct's field names), or undefined: the unknown-key check of
 * web/js.rs's `from_js` in one call across (serde-wasm-bindgen reads a
 * struct's fields by name and never sees the others). Each field is read
 * once here, so that a throwing getter throws where web/js.rs catches it
 * and names it, not inside serde-wasm-bindgen.
 */
export function unknownKey(value, names) {
  for (const key of Object.keys(value)) if (!names.has(key)) return key;
  names.forEach((name) => void value[name]);
  return undefined;
}

/**
 * Tells the host page of a changed answer: `support-policy-change` on the
 * widget's element, bubbling and composed (it leaves any shadow root the
 * element sits in), its detail the answer.
 */
export function emitChange(element, answer) {
  element.dispatchEvent(new CustomEvent("support-policy-change", { bubbles: true, composed: true, detail: answer }));
}

/**
 * Calls `callback` once the browser has painted what is on screen now: a
 * frame, then a task (the answer first: the rest of the widget is built
 * after the headline's first paint).
 */
export function afterPaint(callback) {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * The city names of each language but English (`zones/LANG.txt`, beside
 * `pkg/`), each written as `new URL("literal", import.meta.url)` so that
 * bundlers (Vite, webpack) copy the files with the glue.
 */
const PLURALS = new Map();
/** The CLDR plural category of the whole number `n` in `lang`. */
export function pluralCategory(lang, n) {
  let rules = PLURALS.get(lang);
  if (!rules) PLURALS.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

const CITY_NAMES = {
  es: () => new URL("../zones/es.txt", import.meta.url),
  it: () => new URL("../zones/it.txt", import.meta.url),
  fr: () => new URL("../zones/fr.txt", import.meta.url),
  pt: () => new URL("../zones/pt.txt", import.meta.url),
  nl: () => new URL("../zones/nl.txt", import.meta.url),
  pl: () => new URL("../zones/pl.txt", import.meta.url),
};

/**
 * The city names of the visitor's language `lang`, fetched when the
 * time-zone field is first used. Undefined when there are none or they
 * cannot be had: the widget then finds cities by their IANA names, as in
 * English.
 */
export function loadCities(lang) {
  const url = CITY_NAMES[lang]?.();
  if (!url) return Promise.resolve(undefined);
  return fetch(url).then(
    (response) => (response.ok ? response.text() : undefined),
    () => undefined,
  );
}

/**
 * Yew registers its delegated event listeners on a widget's root element and
 * never takes them off (yew 0.23, dom_bundle/subtree_root.rs: HostHandlers
 * forgets each listener, and the listener holds the subtree, which holds the
 * root): every removed widget would leave its root and six listeners behind.
 * mount.rs parks a removed widget's app, with its root and listeners, for
 * the next widget, so nothing is left behind. Past the apps it keeps, an app
 * is destroyed: `trackListeners` makes each root record what is added to it,
 * and `releaseListeners` takes all of it off, so the root itself can go.
 */
const LISTENERS = Symbol("support-policy-widget listeners");

export function trackListeners(root) {
  if (root[LISTENERS]) return;
  const added = [];
  root[LISTENERS] = added;
  const add = root.addEventListener;
  root.addEventListener = function (type, listener, options) {
    added.push([type, listener, options]);
    return add.call(this, type, listener, options);
  };
}

export function releaseListeners(root) {
  for (const [type, listener, options] of (root[LISTENERS] ?? []).splice(0)) {
    root.removeEventListener(type, listener, options);
  }
}
