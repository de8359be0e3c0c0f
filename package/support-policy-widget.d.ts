// Types of the package's entry (the loader). The functions are set once
// `ready` has resolved; the types of requests, answers and options are the
// WebAssembly glue's own.
import type * as Glue from "./pkg/support_policy.js";

export type {
  DeadlineAnswer,
  DeadlineRequest,
  Level,
  MountOptions,
  Priority,
  Tier,
  WidgetHandle,
} from "./pkg/support_policy.js";

/** Resolves once the WebAssembly module is ready (the functions below are set then). */
export declare const ready: Promise<unknown>;
/** The priority the matrix gives to impact and urgency. */
export declare let classify: typeof Glue.classify;
/** The priority and target response deadline of a ticket. */
export declare let responseDeadline: typeof Glue.responseDeadline;
/** The active policy document as a plain object. */
export declare let policy: typeof Glue.policy;
/** Every IANA zone name the widget accepts in this browser. */
export declare let timeZones: typeof Glue.timeZones;
/** Mounts a widget into an element (the custom element does this for you). */
export declare let mount: typeof Glue.mount;
