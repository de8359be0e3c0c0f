// The API from the package entries, typed: ready gives the functions.
import { ready, responseDeadline, classify, version } from "support-policy-widget";
import { define, SupportPolicyWidget } from "support-policy-widget/element";
import * as full from "support-policy-widget/full";

export async function run(): Promise<string> {
  const api = await ready;
  const p: "P1" | "P2" | "P3" | "P4" = api.classify("high", "medium");
  const a = responseDeadline({ impact: "high", urgency: "medium", tier: "standard", timeZone: "Europe/Madrid" });
  await full.ready;
  const tag: typeof SupportPolicyWidget | undefined = define("my-support-widget");
  return `${p} ${a.deadline ?? ""} ${classify("low", "low")} ${version} ${tag ? "defined" : "not here"}`;
}
