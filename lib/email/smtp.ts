// The SMTP transport (nodemailer), one per process, pooled. Timeouts are well inside the
// delivery job's expiry (lib/queue/definitions.ts), so a hung server fails the attempt
// instead of letting pg-boss hand the same message to a second worker.
import nodemailer, { type Transporter } from "nodemailer";

let transport: { url: string; transporter: Transporter } | undefined;

export function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) {
    transport = {
      url,
      // Keys beside `url` apply where the URL does not set them.
      transporter: nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }),
    };
  }
  return transport.transporter;
}

/** A 5xx reply is the server refusing for good (unknown mailbox, policy): retrying cannot help. */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
