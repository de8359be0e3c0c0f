// Imports the package the way its README says. The ticket comes from the
// page's query (?impact=…&urgency=…&tier=…&timeZone=…&filedAt=…): the API
// answers it, and a widget mounted on a clock fixed at filedAt shows it.
import { ready, responseDeadline, mount } from "support-policy-widget";

const q = Object.fromEntries(new URLSearchParams(location.search));
await ready;
if (q.filedAt) {
  const request = { impact: q.impact, urgency: q.urgency, tier: q.tier, timeZone: q.timeZone, filedAt: q.filedAt };
  document.querySelector("#api").textContent = responseDeadline(request).deadline ?? "none";
  mount(document.querySelector("#mounted"), {
    lang: "en", impact: q.impact, urgency: q.urgency, tier: q.tier, timeZone: q.timeZone,
    clock: () => Date.parse(q.filedAt),
  });
}
