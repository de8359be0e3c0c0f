// The support-policy widget's loader: the one module a page includes.
//   <script type="module" src="/support-policy-widget.js"></script>
//   <support-policy-widget lang="es" tier="premium" time-zone="Europe/Madrid"></support-policy-widget>
// It defines the custom element and gives the JavaScript API (the contract:
// docs/contract.md). scripts/build serves it minified as
// www/support-policy-widget.js and, pointed at www/pkg-full/, as
// www/support-policy-widget-full.js; without its last line it is the
// package's "./element" entry (the class, not registered).
//
// Importing it does nothing else: no request, no element defined outside a
// browser, no Intl warm-up, no top-level await. So it is safe in Node, in a
// server render (Docusaurus, VitePress, Astro, Next.js) and twice on a page.
// The glue and the wasm are fetched when the first widget connects (with
// loading="lazy": when it nears the viewport) or when the page asks for the
// API (`ready`, or a call that needs the module).

/** This loader's version (scripts/build writes the crate's). */
export const version = "0.0.0-dev";
/** Which bundle this loader starts: "./pkg/" or, in the full loader, "./pkg-full/". */
const BUNDLE = "./pkg/";
const TAG = "support-policy-widget";

// ---------------------------------------------------------------- the module

let started = null; // the glue module once its wasm is instantiated (a promise)
let glue = null; // the same, once there
let failure = null; // why it could not start

/** Why the module could not start, in words, and what fixes it. */
function startError(cause, fix, error) {
  const e = new Error(`support-policy-widget: ${cause}`, { cause: error });
  e.fix = fix;
  return e;
}

function wasmError(error) {
  const text = String(error?.message ?? error);
  if (/Content.Security.Policy|unsafe-eval|wasm-eval|CSP/i.test(text) || error?.name === "EvalError") {
    return startError(
      "the page's Content Security Policy does not allow WebAssembly",
      "Add 'wasm-unsafe-eval' to the page's script-src directive (for example script-src 'self' 'wasm-unsafe-eval').",
      error,
    );
  }
  return startError(`the WebAssembly module could not be instantiated (${text})`, "Deploy the loader, pkg/support_policy.js and pkg/support_policy_bg.wasm from the same build.", error);
}

/** The wasm's bytes in Node (the package's own file), else a fetch. */
function wasmSource() {
  const url = new URL("./pkg/support_policy_bg.wasm", import.meta.url);
  if (typeof document === "undefined" && typeof process === "object" && process.versions?.node) {
    const fs = process.getBuiltinModule?.("fs/promises");
    if (!fs) {
      return Promise.reject(startError("in Node the API needs process.getBuiltinModule (Node 20.16+, 22.3+ or 23+)", "Use Node 20.16 or later on 20, 22.3 or later on 22.", undefined));
    }
    return fs.readFile(url).catch((e) => {
      throw startError(`cannot read ${url.href} (${e.code ?? e.message})`, "Install the package whole: the wasm is beside the loader.", e);
    });
  }
  return fetch(url).then(
    (response) => {
      if (!response.ok) {
        throw startError(`the WebAssembly file ${url.href} could not be loaded (HTTP ${response.status})`, "Deploy pkg/support_policy_bg.wasm beside the loader, from the same build.", undefined);
      }
      return response;
    },
    (e) => {
      throw startError(`the WebAssembly file ${url.href} could not be fetched (${e.message}): offline, or blocked by the page's connect-src`, "Check the network, and that the page's Content Security Policy allows the widget's origin in connect-src.", e);
    },
  );
}

// ---------------------------------------------------------------- languages

/**
 * Each language's texts but English's (built into the wasm), as literal
 * URLs beside the loader so that bundlers copy the files. scripts/build
 * writes one line per file of src/web/widget/i18n/messages/.
 */
const LANGUAGE_FILES = {
  // scripts/build: language files
};

const languageTexts = new Map(); // tag → promise of the parsed file, or null (English)
const added = new Set(); // tags handed to the module

/**
 * The widget's language, resolved before anything is fetched: its `lang`
 * attribute, else the nearest ancestor's `lang` (across shadow roots), else
 * the page's; a language the widget does not speak gets English; the
 * browser's language only where no element gives one (docs/contract.md, section 4).
 */
function languageOf(element) {
  const given = (element.getAttribute("lang") || nearestLang(element) || "").trim();
  const tag = (given || globalThis.navigator?.language || "en").toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(LANGUAGE_FILES, tag) ? tag : "en";
}

/** The language's file, fetched once; null (English) when it cannot be had, said once in the console. */
function languageFile(tag) {
  if (!Object.hasOwn(LANGUAGE_FILES, tag) || typeof fetch !== "function" || typeof document === "undefined") return Promise.resolve(null);
  let texts = languageTexts.get(tag);
  if (!texts) {
    const url = LANGUAGE_FILES[tag]();
    texts = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .catch((e) => {
        console.error(`support-policy-widget: the ${tag} texts (${url.href}) could not be loaded (${e.message}); the widget speaks English. Deploy lang/${tag}.json beside the loader, from the same build, and allow its origin in connect-src.`);
        return null;
      });
    languageTexts.set(tag, texts);
  }
  return texts;
}

/** A language tag's primary subtag, lower-cased ("pt-BR" → "pt"). */
const primary = (tag) => String(tag).trim().toLowerCase().split(/[-_]/)[0];
/** Whether the language's file is still to be fetched and handed over. */
const pending = (tag) => tag !== "en" && Object.hasOwn(LANGUAGE_FILES, tag) && !added.has(tag);

/**
 * The API's `mount`: as the module's, and when the widget's language is one
 * whose texts are not here yet, it shows English until they arrive (fetched
 * once), then speaks it; `update({ lang })` loads a new language first and
 * keeps the visitor's choices.
 */
function mountWithTexts(module, element, options = {}) {
  // (Arguments the module refuses reach it as they are: its errors name them.)
  const object = options !== null && typeof options === "object";
  const tag = object && typeof options.lang === "string" ? primary(options.lang) : typeof element?.getAttribute === "function" ? languageOf(element) : "en";
  const waiting = object && pending(tag);
  const handle = module.mount(element, waiting ? { ...options, lang: "en" } : options);
  const update = handle.update.bind(handle);
  handle.update = (changes) => {
    const want = changes?.lang ? primary(changes.lang) : null;
    if (want && pending(want)) {
      languageFile(want).then((texts) => {
        addTexts(module, want, texts);
        update(changes);
      });
    } else {
      update(changes);
    }
  };
  if (waiting) {
    languageFile(tag).then((texts) => {
      addTexts(module, tag, texts);
      if (added.has(tag)) update({ lang: options?.lang ?? null });
    });
  }
  return handle;
}

/** Hands a fetched language to the module once. */
function addTexts(module, tag, texts) {
  if (!texts || added.has(tag)) return;
  try {
    module.addLanguage(tag, texts);
    added.add(tag);
  } catch (e) {
    console.error(`support-policy-widget: the ${tag} texts could not be read (${e.message}); the widget speaks English.`);
    added.add(tag);
  }
}

async function load() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly?.instantiate !== "function") {
    throw startError("this browser cannot run WebAssembly", "Use a current version of Chrome, Edge, Firefox or Safari, with WebAssembly turned on; the page's own text stays readable meanwhile.", undefined);
  }
  const downloads = Promise.all([
    import("./pkg/support_policy.js").catch((e) => {
      throw startError(`the widget's JavaScript glue could not be loaded (${e.message})`, "Deploy pkg/support_policy.js beside the loader, from the same build, and allow its origin in script-src.", e);
    }),
    wasmSource(),
  ]);
  // While the glue and the wasm are on the wire, let the browser set up its
  // time-zone data, which the first render needs anyway (about 20 ms cold).
  if (typeof document !== "undefined") new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric" }).format(0);
  const [module, source] = await downloads;
  try {
    await module.default({ module_or_path: source });
  } catch (e) {
    throw wasmError(e);
  }
  return module;
}

/** Starts the module once; its failure is reported once and never left unhandled. */
function start() {
  if (!started) {
    started = load().then(
      (module) => (glue = module),
      (e) => {
        failure = e;
        console.error(`${e.message}. ${e.fix}`);
        throw e;
      },
    );
    started.catch(() => {});
  }
  return started;
}

/** The JavaScript API (docs/contract.md, section 3), each function usable once `ready` has resolved. */
const api = {
  classify: (impact, urgency) => need("classify").classify(impact, urgency),
  responseDeadline: (request) => need("responseDeadline").responseDeadline(request),
  policy: () => need("policy").policy(),
  timeZones: () => need("timeZones").timeZones(),
  mount: (element, options) => mountWithTexts(need("mount"), element, options),
  addLanguage: (lang, messages) => need("addLanguage").addLanguage(lang, messages),
};
Object.freeze(api);

function need(name) {
  if (glue) return glue;
  if (failure) throw failure;
  start();
  throw new Error(`support-policy-widget: ${name}() needs the WebAssembly module: await ready first`);
}

/**
 * Resolves with the API once the WebAssembly module is ready; rejects with
 * an Error naming the cause when it cannot start. The module is loaded when
 * this is first awaited (or a widget connects), not at import.
 */
export const ready = Object.freeze({
  then(resolve, reject) {
    return start().then(() => api).then(resolve, reject);
  },
  catch(reject) {
    return this.then(undefined, reject);
  },
  finally(done) {
    return start().then(() => api).finally(done);
  },
});

export const { classify, responseDeadline, policy, timeZones, mount, addLanguage } = api;

// --------------------------------------------------------------- the element

/** Options the element hands to `mount`: attribute, property. */
const OPTIONS = [
  ["lang", "lang"],
  ["tier", "tier"],
  ["time-zone", "timeZone"],
  ["impact", "impact"],
  ["urgency", "urgency"],
  ["ticket-url", "ticketUrl"],
  ["sync-url", "syncUrl"],
  ["theme", "theme"],
];
/**
 * Lowercase spellings of camelCase options, read as the same attribute: React
 * server-renders `timeZone` as the attribute `timezone`, which HTML does not
 * tell apart from `timeZone`.
 */
const ALIASES = { "time-zone": "timezone", "ticket-url": "ticketurl", "sync-url": "syncurl" };
/** Options the loader itself reads. */
const OWN = [["loading", "loading"]];
const DEFAULTS = { theme: "auto", loading: "eager" };

/** "light", "dark", or "auto" when the host page says nothing. */
function hostTheme(element) {
  const html = document.documentElement;
  const marked = html.getAttribute("data-theme"); // Docusaurus, Starlight
  if (marked === "dark" || marked === "light") return marked;
  if (html.classList.contains("dark")) return "dark"; // VitePress, Tailwind sites
  if (html.classList.contains("light")) return "light";
  const material = document.body?.getAttribute("data-md-color-scheme"); // MkDocs Material
  if (material) return material === "slate" ? "dark" : "light";
  const furo = document.body?.getAttribute("data-theme"); // Sphinx's Furo ("auto" follows the OS)
  if (furo === "dark" || furo === "light") return furo;
  const parent = element.parentElement ?? html;
  const scheme = getComputedStyle(parent).colorScheme ?? "";
  const dark = /\bdark\b/.test(scheme), light = /\blight\b/.test(scheme);
  if (dark !== light) return dark ? "dark" : "light";
  // A page with its own opaque background: follow how light it is.
  // (Only rgb()/rgba(): oklch(), lab() and color() keep other scales; those say "auto".)
  for (const node of [document.body, html]) {
    const color = node ? getComputedStyle(node).backgroundColor : "";
    const rgb = /^rgba?\(/.test(color) && color.match(/[\d.]+/g);
    if (rgb && (rgb.length < 4 || Number(rgb[3]) > 0.5)) {
      const [r, g, b] = rgb.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
    }
  }
  return "auto";
}

/** Widgets whose theme follows the host page: re-read when the page's switch flips. */
const following = new Set();
let watching = null;
function follow(widget, on) {
  if (on) following.add(widget);
  else following.delete(widget);
  if (watching || !following.size || typeof MutationObserver === "undefined") return;
  const again = () => following.forEach((w) => w.attributeChangedCallback());
  const observer = new MutationObserver(again);
  for (const node of [document.documentElement, document.body]) {
    if (node) observer.observe(node, { attributes: true, attributeFilter: ["class", "data-theme", "style", "data-md-color-scheme"] });
  }
  globalThis.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", again);
  watching = observer;
}

/** The nearest ancestor's lang, across shadow roots (a widget inside another component). */
function nearestLang(element) {
  for (let node = element.parentElement ?? element.getRootNode()?.host; node; node = node.parentElement ?? node.getRootNode()?.host) {
    if (node.lang) return node.lang;
  }
  return document.documentElement.lang;
}

const FAILED = {
  en: "The priority calculator could not start.",
  es: "La calculadora de prioridad no pudo iniciarse.",
  it: "Il calcolatore della priorità non è riuscito ad avviarsi.",
  fr: "Le calculateur de priorité n’a pas pu démarrer.",
  pt: "Não foi possível iniciar a calculadora de prioridade.",
  nl: "De prioriteitscalculator kon niet starten.",
  pl: "Nie udało się uruchomić kalkulatora priorytetu.",
};

const Base = globalThis.HTMLElement ?? class {};

/**
 * `<support-policy-widget>`. Every option is an attribute and a property;
 * `answer` holds the latest answer; `support-policy-change` tells of each
 * change by the person or the host.
 */
export class SupportPolicyWidget extends Base {
  static version = version;
  static bundle = BUNDLE;
  static observedAttributes = [...OPTIONS, ...OWN].map(([attribute]) => attribute).concat(Object.values(ALIASES));

  #handle = null;
  #sent = null; // the options last handed to mount or update
  #queued = false;
  #lazy = null; // the IntersectionObserver waiting for the viewport

  /** The latest answer (`responseDeadline`'s shape plus impact and urgency), null before the first. */
  get answer() {
    return this.#handle?.answer ?? null;
  }

  /** Read-only: a write (a framework passing every prop as a property) is ignored, never thrown. */
  set answer(_) {}

  connectedCallback() {
    // An answer written before the element was defined would hide the getter.
    if (Object.prototype.hasOwnProperty.call(this, "answer")) delete this.answer;
    // Properties a framework set before the element was defined.
    for (const [, property] of [...OPTIONS, ...OWN]) {
      if (property !== "lang" && Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    follow(this, true);
    if (this.#handle) {
      // Moved in the page (re-parented, or back after a client-side
      // navigation kept it): keep the visitor's choices, read the
      // surroundings (lang, theme) again.
      this.#update({});
      this.#schedule();
      return;
    }
    if (this.loading === "lazy" && typeof IntersectionObserver === "function") {
      this.#lazy ??= new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#start();
      }, { rootMargin: "100%" });
      this.#lazy.observe(this);
    } else {
      this.#start();
    }
  }

  disconnectedCallback() {
    follow(this, false);
    // A move is a disconnect and a connect in one task: wait before letting go.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#lazy?.disconnect();
      this.#lazy = null;
      this.#handle?.destroy();
      // Free the wasm side now (it holds the element), not when a finalizer gets to it.
      this.#handle?.free?.();
      this.#handle = null;
    });
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  /** Changes are applied once per task, and only those that changed a value. */
  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.#handle) {
        // loading="lazy" taken away before the widget neared the viewport.
        if (this.#lazy && this.isConnected && this.loading !== "lazy") this.#start();
        return;
      }
      const now = this.#options();
      const changed = {};
      let any = false;
      for (const key of Object.keys(now)) {
        if (now[key] !== this.#sent[key]) {
          changed[key] = now[key] ?? null;
          any = true;
        }
      }
      if (any) {
        this.#sent = now;
        this.#update(changed);
      }
    });
  }

  /** An update, once the widget's language (perhaps a new one) is at hand; the visitor's choices stay. */
  #update(changed) {
    const tag = languageOf(this);
    if (!pending(tag)) {
      this.#handle.update(changed);
      return;
    }
    Promise.all([start(), languageFile(tag)]).then(([module, texts]) => {
      addTexts(module, tag, texts);
      this.#handle?.update(changed);
    });
  }

  #options() {
    const options = {};
    for (const [attribute, option] of OPTIONS) {
      const name = this.hasAttribute(attribute) || !ALIASES[attribute] ? attribute : ALIASES[attribute];
      options[option] = this.hasAttribute(name) ? this.getAttribute(name) : undefined;
    }
    const theme = options.theme?.trim() ?? "auto";
    if (theme === "auto") options.theme = hostTheme(this);
    return options;
  }

  #start() {
    this.#lazy?.disconnect();
    this.#lazy = null;
    // The language's file is fetched alongside the glue and the wasm, never after them.
    const tag = languageOf(this);
    const texts = languageFile(tag);
    Promise.all([start(), texts]).then(
      async ([module, texts]) => {
        addTexts(module, tag, texts);
        // A lang set while the module was on its way (a page script that
        // sets the attribute after the import): that language first.
        const now = languageOf(this);
        if (pending(now)) addTexts(module, now, await languageFile(now));
        if (!this.isConnected || this.#handle) return;
        const options = this.#options();
        this.#sent = { ...options };
        // A host policy document: <script type="application/json"> inside the element.
        const script = this.querySelector(':scope > script[type="application/json"]');
        if (script) options.policy = script.textContent;
        for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
        try {
          this.#handle = module.mount(this, options);
        } catch (e) {
          // The element cannot hold the widget (a closed shadow root of its own, say).
          console.error(`support-policy-widget: ${e.message}`);
          this.#failed(e);
        }
      },
      (e) => this.#failed(e),
    );
  }

  /**
   * The module cannot start: say so, in the widget's language, show the
   * element's own fallback content, and tell the host with
   * `support-policy-error` (detail: the cause and its fix, in English).
   */
  #failed(error) {
    if (!this.isConnected) return;
    const detail = Object.freeze({ message: String(error?.message ?? error), fix: error?.fix ?? null });
    const tell = () => this.dispatchEvent(new CustomEvent("support-policy-error", { bubbles: true, composed: true, detail }));
    let root = this.shadowRoot;
    try {
      root ??= this.attachShadow({ mode: "open", delegatesFocus: true });
    } catch {
      tell();
      return; // a closed shadow root we cannot reach: the console has said why
    }
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.setAttribute("part", "error");
    message.textContent = FAILED[languageOf(this)] ?? FAILED.en;
    root.replaceChildren(message, document.createElement("slot"));
    // The page can give back the height it reserved: support-policy-widget:state(failed) { min-height: 0 }.
    try {
      this.attachInternals().states.add("failed");
    } catch {
      // An older browser without custom states: the message is there all the same.
    }
    tell();
  }
}

/** Properties mirror attributes (`el.timeZone = "Europe/Madrid"` sets `time-zone`); `lang` is HTMLElement's own. */
for (const [attribute, property] of [...OPTIONS, ...OWN]) {
  if (property === "lang") continue;
  Object.defineProperty(SupportPolicyWidget.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      if (property === "syncUrl") return this.hasAttribute(attribute) && this.getAttribute(attribute) !== "false";
      return this.getAttribute(attribute) ?? DEFAULTS[property] ?? null;
    },
    set(value) {
      if (value === null || value === undefined || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? "" : String(value));
    },
  });
}

/** One warning per page, whichever copies of the loader it has. */
const WARNED = Symbol.for("support-policy-widget: warned");

/**
 * Registers the element (under `tag`, default `support-policy-widget`).
 * Outside a browser it does nothing. When another copy of the loader has
 * registered it already, that one is kept (and a console warning says so
 * once per page if its version differs, or if it is the default bundle's
 * and this copy is the full one, which reads host policies).
 */
export function define(tag = TAG, registry = globalThis.customElements) {
  if (!registry) return undefined;
  const existing = registry.get(tag);
  if (existing) {
    // Another version, or the default bundle's element where this copy could read host policies.
    // (Not compared with the literal "./pkg/": scripts/build rewrites it in the full loader.)
    const lacking = !String(existing.bundle).includes("full") && BUNDLE.includes("full");
    if ((existing.version !== version || lacking) && !globalThis[WARNED]) {
      globalThis[WARNED] = true;
      console.warn(`support-policy-widget: <${tag}> is already defined by another copy of the loader (version ${existing.version ?? "unknown"}, ${existing.bundle ?? "unknown bundle"}); this copy (version ${version}, ${BUNDLE}) uses that one. Load the widget once per page.`);
    }
    return existing;
  }
  const element = tag === TAG ? SupportPolicyWidget : class extends SupportPolicyWidget {};
  registry.define(tag, element);
  return element;
}

// The package's "." entry and the one-tag embed register the element at
// import (in a browser); the "./element" entry is this file without the next line.
define();
