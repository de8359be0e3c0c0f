import Link from "next/link";

export default function Home() {
  return (
    <>
      <h1>Getting help</h1>
      <p>
        Every ticket gets a priority from its impact and urgency, and a target response time that
        depends on your plan.
      </p>
      <p>
        See <Link href="/support/">the support policy</Link> to work out the deadline for a ticket.
      </p>
    </>
  );
}
