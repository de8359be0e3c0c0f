// /frame.html: the widget alone, its options from the query string, for
// platforms that take an iframe but no script. The options are set as the
// element's attributes, so a bad value is named inside the widget as for any
// attribute; an unknown parameter is named above it. The page posts its
// height to the parent ({ type: "support-policy-widget:height", height }) so
// that an optional host snippet can size the iframe (see /embed.html).
import "/support-policy-widget.js";

const PARAMETERS = ["lang", "tier", "time-zone", "impact", "urgency", "ticket-url", "theme"];
/** camelCase spellings accepted too (timeZone=…), as the JS options are written. */
const ALIASES = { timeZone: "time-zone", ticketUrl: "ticket-url" };
const UNKNOWN = {
  en: (name, known) => `Unknown parameter "${name}" in this page's address, ignored (expected one of: ${known}).`,
  es: (name, known) => `Parámetro desconocido «${name}» en la dirección de esta página; se ignora (se admiten: ${known}).`,
  it: (name, known) => `Parametro sconosciuto «${name}» nell’indirizzo di questa pagina, ignorato (sono ammessi: ${known}).`,
  fr: (name, known) => `Paramètre inconnu «\u00a0${name}\u00a0» dans l’adresse de cette page, ignoré (paramètres admis\u00a0: ${known}).`,
  pt: (name, known) => `Parâmetro desconhecido “${name}” no endereço desta página, ignorado (são aceitos: ${known}).`,
  nl: (name, known) => `Onbekende parameter “${name}” in het adres van deze pagina, genegeerd (toegestaan: ${known}).`,
  pl: (name, known) => `Nieznany parametr „${name}” w\u00a0adresie tej strony został pominięty (dozwolone: ${known}).`,
};
/** The frame's title in each language but English (the page's own). */
const TITLE = {
  es: "Calculadora de prioridad del soporte de Zmanda",
  it: "Calcolatore della priorità del supporto Zmanda",
  fr: "Calculateur de priorité du support Zmanda",
  pt: "Calculadora de prioridade do suporte da Zmanda",
  nl: "Prioriteitscalculator van Zmanda-support",
  pl: "Kalkulator priorytetu wsparcia Zmanda",
};
/** What the frame shows when the calculator does not start (no script, or WebAssembly failed), per language: before the link, the link, after it, its page. */
const FALLBACK = {
  es: ["Si la calculadora no se inicia, la ", "página de la política de soporte", " recoge las mismas prioridades y objetivos de respuesta.", "/es/"],
  it: ["Se il calcolatore non si avvia, la ", "pagina della politica di supporto", " riporta le stesse priorità e gli stessi obiettivi di risposta.", "/it/"],
  fr: ["Si le calculateur ne démarre pas, la ", "page de la politique de support", " donne les mêmes priorités et les mêmes délais de réponse cibles.", "/fr/"],
  pt: ["Se a calculadora não carregar, a ", "página da política de suporte", " apresenta as mesmas prioridades e metas de resposta.", "/pt/"],
  nl: ["Als de prioriteitscalculator niet start, vindt u dezelfde prioriteiten en streefreactietijden op de ", "pagina met het supportbeleid", ".", "/nl/"],
  pl: ["Jeśli kalkulator priorytetu się nie uruchomi, te same priorytety i\u00a0docelowe czasy odpowiedzi można znaleźć na ", "stronie polityki wsparcia", ".", "/pl/"],
};

const widget = document.querySelector("support-policy-widget");
const query = new URLSearchParams(location.search);
const unknown = [];
for (const [key, value] of query) {
  const name = ALIASES[key] ?? key;
  if (PARAMETERS.includes(name)) widget.setAttribute(name, value);
  else unknown.push(key);
}
// The frame's language: the query's, else the browser's (a frame has no page around it), when the widget speaks it.
const SPOKEN = ["en", "es", "it", "fr", "pt", "nl", "pl"];
const asked = (query.get("lang") ?? navigator.language ?? "en").toLowerCase().split(/[-_]/)[0];
const lang = SPOKEN.includes(asked) ? asked : "en";
document.documentElement.lang = lang;
if (TITLE[lang]) document.title = TITLE[lang];
// The fallback in the frame's language, linking to that language's page
// (built as text and nodes: nothing is parsed as HTML).
const fallback = widget.querySelector(".widget-fallback");
if (FALLBACK[lang] && fallback) {
  const [before, linkText, after, href] = FALLBACK[lang];
  const link = document.createElement("a");
  link.href = href;
  link.target = "_top";
  link.textContent = linkText;
  fallback.replaceChildren(before, link, after);
}
if (unknown.length) {
  const notes = document.getElementById("frame-notes");
  notes.textContent = unknown.map((name) => UNKNOWN[lang](name, PARAMETERS.join(", "))).join(" ");
  notes.hidden = false;
}

// The height, whenever it changes (the parent may ignore it).
if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "support-policy-widget:height", height }, "*");
    }
  }).observe(document.documentElement);
}
