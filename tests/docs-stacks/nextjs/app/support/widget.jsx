"use client";
// The package's recipe for React 19 and Next.js (package/README.md): import
// it for its side effect (it defines the element in the browser, nothing on
// the server), listen with onsupport-policy-change, and, once mounted, read
// element.answer and listen natively as well: a page that hydrates
// server-rendered HTML does not get React's listener on a custom element
// (React 19 attaches it only to elements it creates), and the first answer
// may come before hydration.
import "support-policy-widget";
import { useEffect, useRef, useState } from "react";

export function SupportWidget() {
  const ref = useRef(null);
  const [answer, setAnswer] = useState(null);
  const [viaReact, setViaReact] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (el.answer) setAnswer(el.answer);
    const onChange = (e) => setAnswer(e.detail);
    el.addEventListener("support-policy-change", onChange);
    return () => el.removeEventListener("support-policy-change", onChange);
  }, []);
  return (
    <>
      <support-policy-widget
        ref={ref}
        tier="premium"
        time-zone="Europe/Madrid"
        onsupport-policy-change={(e) => {
          setAnswer(e.detail);
          setViaReact(true);
        }}
      ></support-policy-widget>
      <p id="react-answer" data-via-react={viaReact ? "yes" : "no"}>
        {answer ? `${answer.priority} (${answer.tier}) by ${answer.deadline ?? "no target"}` : "…"}
      </p>
    </>
  );
}
