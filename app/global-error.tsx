"use client";
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Chartpath is having trouble</h1>
        <p>Please try again in a moment.{error.digest ? ` Reference: ${error.digest}.` : ""}</p>
      </body>
    </html>
  );
}
