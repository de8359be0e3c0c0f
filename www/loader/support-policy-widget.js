// The support-policy widget's loader: the one module a page includes.
//   <script type="module" src="/support-policy-widget.js"></script>
//   <support-policy-widget lang="es" tier="premium" time-zone="Europe/Madrid"></support-policy-widget>
// It defines the custom element and re-exports the JavaScript API.
// Source: scripts/build serves it minified as www/support-policy-widget.js
// (and, pointed at www/pkg-full/, as www/support-policy-widget-full.js).

// Start the WebAssembly download at once, beside the glue's, and let the
// browser set up its time-zone data (Intl) while both are on the wire.
const wasm = fetch(new URL("./pkg/support_policy_bg.wasm", import.meta.url));
const glue = import("./pkg/support_policy.js");
new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric" }).format(0);

/** Resolves once the WebAssembly module is ready. */
export const ready = glue.then((m) => m.default({ module_or_path: wasm }));

/** The JavaScript API (SPEC section 3), usable once `ready` has resolved. */
export let classify, responseDeadline, policy, timeZones, mount;
const api = glue.then((m) => ({ classify, responseDeadline, policy, timeZones, mount } = m));

/** Observed attributes and the option each one sets. */
const ATTRIBUTES = {
  lang: "lang", tier: "tier", "time-zone": "timeZone", impact: "impact", urgency: "urgency",
  "ticket-url": "ticketUrl", "sync-url": "syncUrl",
};

class SupportPolicyWidget extends HTMLElement {
  static get observedAttributes() {
    return Object.keys(ATTRIBUTES);
  }

  connectedCallback() {
    Promise.all([ready, api]).then(() => {
      if (!this.isConnected || this.handle) return;
      const options = {};
      for (const [attribute, option] of Object.entries(ATTRIBUTES)) {
        if (this.hasAttribute(attribute)) options[option] = this.getAttribute(attribute);
      }
      // A host policy document: <script type="application/json"> inside the element.
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) options.policy = script.textContent;
      this.handle = mount(this, options);
    });
  }

  attributeChangedCallback(name, _old, value) {
    if (this.handle) this.handle.update({ [ATTRIBUTES[name]]: value });
  }

  disconnectedCallback() {
    if (this.handle) {
      this.handle.destroy();
      this.handle = null;
    }
  }
}

if (!customElements.get("support-policy-widget")) {
  customElements.define("support-policy-widget", SupportPolicyWidget);
}
await Promise.all([ready, api]);
