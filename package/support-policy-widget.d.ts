// Types of the package's entries (the loader: ".", "./full", "./element",
// "./full/element"). The types of requests, answers and options are the
// WebAssembly glue's own. The element is declared for the DOM
// (HTMLElementTagNameMap), React's JSX and Vue's templates.
import type * as Glue from "./pkg/support_policy.js";
import type { Level, MountOptions, Tier, WidgetAnswer } from "./pkg/support_policy.js";

export type {
  CountedSpan,
  DeadlineAnswer,
  DeadlineRequest,
  Level,
  MountOptions,
  Priority,
  Tier,
  WidgetAnswer,
  WidgetHandle,
} from "./pkg/support_policy.js";

/** The JavaScript API, each function usable once `ready` has resolved. */
export interface SupportPolicyApi {
  classify: typeof Glue.classify;
  responseDeadline: typeof Glue.responseDeadline;
  policy: typeof Glue.policy;
  timeZones: typeof Glue.timeZones;
  mount: typeof Glue.mount;
  addLanguage: typeof Glue.addLanguage;
}

/** This loader's version. */
export declare const version: string;

/**
 * Resolves with the API once the WebAssembly module is ready; rejects with an `Error` naming
 * the cause when it cannot start (the wasm missing, blocked by the page's CSP, offline). The
 * module is loaded when this is first awaited or a widget connects, not at import. In Node
 * (20.16+) the wasm is read from the package's own file.
 */
export declare const ready: PromiseLike<SupportPolicyApi> & {
  catch<T = never>(onrejected?: ((reason: unknown) => T | PromiseLike<T>) | null): Promise<SupportPolicyApi | T>;
  finally(onfinally?: (() => void) | null): Promise<SupportPolicyApi>;
};
/** The priority the matrix gives to impact and urgency. Throws before `ready` has resolved. */
export declare const classify: typeof Glue.classify;
/** The priority and target response deadline of a ticket. Throws before `ready` has resolved. */
export declare const responseDeadline: typeof Glue.responseDeadline;
/** Zmanda's built-in policy document as a plain object. Throws before `ready` has resolved. */
export declare const policy: typeof Glue.policy;
/** Every IANA zone name the widget accepts here. Throws before `ready` has resolved. */
export declare const timeZones: typeof Glue.timeZones;
/** Mounts a widget into an element (the custom element does this for you). Throws before `ready` has resolved. */
export declare const mount: typeof Glue.mount;
/**
 * Adds a language's texts (a file with `en.json`'s keys, ICU MessageFormat, as its JSON text or
 * parsed object) under a two- or three-letter tag: one of the seven, or a host's eighth. A text
 * it lacks reads in English. Throws before `ready` has resolved.
 */
export declare const addLanguage: typeof Glue.addLanguage;

/** `support-policy-change`: after the first answer and each change by the person or the host (never a clock tick). */
export type SupportPolicyChangeEvent = CustomEvent<WidgetAnswer | null>;

/** `support-policy-error`'s detail: why the calculator could not start, and what fixes it (English, as the console says). */
export interface SupportPolicyErrorDetail {
  readonly message: string;
  readonly fix: string | null;
}

/** `support-policy-error`: once, when the calculator cannot start (the widget then shows its message and the element's own content). */
export type SupportPolicyErrorEvent = CustomEvent<SupportPolicyErrorDetail>;

/**
 * The options every framework can set, as attributes (kebab-case) or properties (camelCase):
 * `mount`'s options (the glue's `MountOptions`, made from the Rust struct, so they cannot drift)
 * less `policy` and `clock` (a child `<script type="application/json">` gives a policy), plus
 * the loader's own `loading`.
 */
export type SupportPolicyWidgetOptions = Omit<MountOptions, "policy" | "clock"> & {
  /** "eager" (default), or "lazy": fetch nothing until the widget nears the viewport. */
  loading?: "eager" | "lazy";
};

/** `<support-policy-widget>`: every option is an attribute and a property. */
export declare class SupportPolicyWidget extends HTMLElement {
  static readonly version: string;
  /** Which bundle this loader starts: "./pkg/" or "./pkg-full/". */
  static readonly bundle: string;
  tier: Tier | null;
  timeZone: string | null;
  impact: Level | null;
  urgency: Level | null;
  ticketUrl: string | null;
  syncUrl: boolean;
  theme: "auto" | "light" | "dark";
  loading: "eager" | "lazy";
  /** The latest answer (`responseDeadline`'s shape plus impact and urgency), null before the first. */
  readonly answer: WidgetAnswer | null;
  addEventListener<K extends keyof SupportPolicyWidgetEventMap>(type: K, listener: (this: SupportPolicyWidget, event: SupportPolicyWidgetEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof SupportPolicyWidgetEventMap>(type: K, listener: (this: SupportPolicyWidget, event: SupportPolicyWidgetEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface SupportPolicyWidgetEventMap extends HTMLElementEventMap {
  "support-policy-change": SupportPolicyChangeEvent;
  "support-policy-error": SupportPolicyErrorEvent;
}

/**
 * Registers the element (default tag `support-policy-widget`); outside a browser it does
 * nothing. The "." and "./full" entries call it at import; "./element" does not.
 */
export declare function define(tag?: string, registry?: CustomElementRegistry): typeof SupportPolicyWidget | undefined;

/** The element's attributes as written in markup (JSX, templates). */
export interface SupportPolicyWidgetAttributes {
  lang?: string;
  tier?: Tier;
  "time-zone"?: string;
  impact?: Level;
  urgency?: Level;
  "ticket-url"?: string;
  "sync-url"?: boolean | "" | "true" | "false";
  theme?: "auto" | "light" | "dark";
  loading?: "eager" | "lazy";
  id?: string;
  class?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    "support-policy-widget": SupportPolicyWidget;
  }
  interface GlobalEventHandlersEventMap {
    "support-policy-change": SupportPolicyChangeEvent;
    "support-policy-error": SupportPolicyErrorEvent;
  }
}

// React 19 sets properties on custom elements and takes `on<event>` props as
// listeners; Vue 3 checks templates against GlobalComponents. Both blocks name
// no type of React's or Vue's, so they add to those packages' types when they
// are installed and cost nothing (no error, even without skipLibCheck) when not.
declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "support-policy-widget": (IntrinsicElements extends { span: infer Span } ? Omit<Span, "ref"> : {}) &
        SupportPolicyWidgetAttributes &
        Omit<SupportPolicyWidgetOptions, "lang" | "theme" | "loading"> & {
          ref?: { current: SupportPolicyWidget | null } | ((element: SupportPolicyWidget | null) => void) | null;
          "onsupport-policy-change"?: (event: SupportPolicyChangeEvent) => void;
          "onsupport-policy-error"?: (event: SupportPolicyErrorEvent) => void;
        };
    }
  }
}

declare module "vue" {
  interface GlobalComponents {
    "support-policy-widget": (props: SupportPolicyWidgetAttributes & SupportPolicyWidgetOptions & {
      "onSupport-policy-change"?: (event: SupportPolicyChangeEvent) => void;
      "onSupport-policy-error"?: (event: SupportPolicyErrorEvent) => void;
    }) => unknown;
  }
}
