// The JavaScript half of the boundary in web/js.rs: moving values in and out
// of plain objects. From WebAssembly each property read or write is one call
// across (the largest cost of an API call); here it is free. No policy logic
// lives here. scripts/build inlines this file into the glue (no extra request).

/**
 * The values of `names` in `value`, in that order (an array), or, when
 * `value` has an own key outside `names`, that key (a string).
 */
export function fieldsOf(value, names) {
  return unknownKey(value, names) ?? names.map((name) => value[name]);
}

/** The first own key of `value` outside `names`, or undefined. */
function unknownKey(value, names) {
  return Object.keys(value).find((key) => !names.includes(key));
}

/**
 * The text fields `names` of `value` in one string, when `value` is an
 * object whose keys are all among `names` and whose values there are
 * strings (without NUL) or absent: each field "" when absent (undefined or
 * null), "=" + text when given, joined by NUL. Otherwise undefined, and
 * web/js.rs reads field by field to say what is wrong.
 */
export function textFieldsOf(value, names) {
  if (typeof value !== "object" || value === null) return undefined;
  if (unknownKey(value, names) !== undefined) return undefined;
  let packed = "";
  for (let i = 0; i < names.length; i++) {
    const text = value[names[i]];
    if (i > 0) packed += "\0";
    if (typeof text === "string" && !text.includes("\0")) packed += "=" + text;
    else if (text != null) return undefined;
  }
  return packed;
}

/**
 * The JavaScript API's answer, keys in the contract's order. `dates` holds filedAt,
 * deadline and deadlineLocal joined by spaces (one string across instead
 * of three); the last two are absent for a plan without a target.
 */
export function makeAnswer(priority, computedPriority, overridden, tier, clock, targetMinutes, dates, timeZone) {
  const [filedAt, deadline, deadlineLocal] = dates.split(" ", 3);
  return {
    priority, computedPriority, overridden, tier, clock,
    targetMinutes: targetMinutes ?? null,
    filedAt, deadline: deadline ?? null, deadlineLocal: deadlineLocal ?? null,
    timeZone,
  };
}

/**
 * The widget's answer for its host: the JavaScript API's answer (or null
 * when the inputs give none) with the ticket's impact and urgency. Frozen:
 * every listener sees the same answer.
 */
export function widgetAnswer(answer, impact, urgency) {
  return answer === undefined ? null : Object.freeze({ impact, urgency, ...answer });
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
