// A host that uses every field of every request, answer, span and option
// type (the glue's, made by tsify from the Rust structs): it must
// type-check under `strict`, and the lines marked @ts-expect-error must not.
import { ready, mount } from "support-policy-widget";
import type { CountedSpan, DeadlineAnswer, DeadlineRequest, MountOptions, WidgetAnswer } from "support-policy-widget";

const request: DeadlineRequest = {
  impact: "high", urgency: "medium", priority: "P2", tier: "premium", timeZone: "Europe/Madrid", filedAt: "2025-06-13T14:00:00Z",
};
// @ts-expect-error: tier is required
const noTier: DeadlineRequest = { impact: "high", urgency: "low", timeZone: "UTC" };
// @ts-expect-error: "gold" is no plan
const gold: DeadlineRequest = { tier: "gold", timeZone: "UTC" };

function describe(a: DeadlineAnswer): string {
  const spans: CountedSpan[] = a.counted;
  const seconds: number = spans.reduce((sum, s: CountedSpan) => sum + s.seconds, 0);
  const first: string = spans.length ? `${spans[0].from}–${spans[0].to}` : "none";
  const target: number | null = a.targetMinutes;
  const computed: "P1" | "P2" | "P3" | "P4" | null = a.computedPriority;
  const clock: "business" | "continuous" | "none" = a.clock;
  const deadline: string | null = a.deadline;
  const local: string | null = a.deadlineLocal;
  return [a.priority, computed, a.overridden, a.tier, clock, target, a.filedAt, deadline, local, a.timeZone, seconds, first].join(" ");
}

function widget(a: WidgetAnswer): string {
  return `${a.impact} ${a.urgency} ${describe(a)}`;
}

export async function run(element: HTMLElement): Promise<string> {
  const api = await ready;
  const answer = api.responseDeadline(request);
  const options: MountOptions = {
    lang: "es", tier: "standard", timeZone: "Europe/Madrid", impact: "low", urgency: "high",
    policy: "{}", clock: () => Date.now(), ticketUrl: "https://support.example.com/new?p={priority}", syncUrl: true, theme: "dark",
  };
  // @ts-expect-error: "sepia" is no theme
  const sepia: MountOptions = { theme: "sepia" };
  const handle = mount(element, options);
  handle.update({ tier: "premium" });
  handle.destroy();
  const seen = (element as HTMLElementTagNameMap["support-policy-widget"]).answer;
  return `${describe(answer)} ${seen ? widget(seen) : ""} ${noTier.timeZone}${gold.timeZone}${sepia.theme}`;
}
