import { SupportWidget } from "./widget.jsx";

export const metadata = { title: "Support policy" };

export default function Support() {
  return (
    <>
      <h1>Support policy</h1>
      <SupportWidget />
    </>
  );
}
