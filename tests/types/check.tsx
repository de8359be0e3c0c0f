// A strict React 19 component using the element: its attributes, the change
// event, `answer`, and properties through a ref. Must type-check; the lines
// marked @ts-expect-error must not.
import { useEffect, useRef, useState, type ReactElement } from "react";
import "support-policy-widget";
import type { SupportPolicyChangeEvent, SupportPolicyErrorEvent, WidgetAnswer } from "support-policy-widget";

export function Support(): ReactElement {
  const ref = useRef<HTMLElementTagNameMap["support-policy-widget"]>(null);
  const [answer, setAnswer] = useState<WidgetAnswer | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.timeZone = "Europe/Madrid";
    el.theme = "dark";
    const now: WidgetAnswer | null = el.answer;
    setAnswer(now);
    const listener = (e: SupportPolicyChangeEvent) => setAnswer(e.detail);
    el.addEventListener("support-policy-change", listener);
    return () => el.removeEventListener("support-policy-change", listener);
  }, []);
  const onChange = (e: SupportPolicyChangeEvent) => console.log(e.detail?.priority, e.detail?.deadline);
  const onError = (e: SupportPolicyErrorEvent) => console.log(e.detail.message, e.detail.fix ?? "");
  return (
    <>
      <support-policy-widget ref={ref} lang="es" tier="premium" time-zone="Europe/Madrid" impact="high" urgency="low"
        ticket-url="https://support.example.com/new?p={priority}" sync-url theme="auto" loading="lazy"
        onsupport-policy-change={onChange} onsupport-policy-error={onError} className="box" />
      {/* @ts-expect-error: "gold" is no plan */}
      <support-policy-widget tier="gold" />
      {/* @ts-expect-error: "huge" is no level */}
      <support-policy-widget impact="huge" />
      <p>{answer ? `${answer.priority} by ${answer.deadline ?? "no target"}` : "…"}</p>
    </>
  );
}

const created = document.createElement("support-policy-widget");
created.tier = "standard";
// @ts-expect-error: answer is read-only
created.answer = null;
document.querySelector("support-policy-widget")?.addEventListener("support-policy-change", (e) => console.log(e.detail?.impact));
document.querySelector("support-policy-widget")?.addEventListener("support-policy-error", (e) => console.log(e.detail.message.length));
