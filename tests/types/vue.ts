// Vue 3 knows the element as a global component (its props and the event).
import type { GlobalComponents } from "vue";
import "support-policy-widget";

type Widget = GlobalComponents["support-policy-widget"];
export const widget: Widget | null = null;
