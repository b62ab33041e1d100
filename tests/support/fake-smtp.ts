// An in-process SMTP server for delivery tests: counts what it accepted per recipient and
// can refuse for a while (a 421 "try again later" to every connection, as a server in
// trouble does), refuse an address for good (550) or hold a message without answering.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export interface Received {
  to: string[];
  messageId: string | undefined;
  /** The raw message, with quoted-printable undone (as a mail client shows it). */
  data: string;
}

const unquote = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function fakeSmtp() {
  const received: Received[] = [];
  const state: { down: boolean; hold: boolean; onData: () => void; replyAfter: Promise<unknown> | null } = {
    down: false,
    hold: false,
    onData: () => {},
    /** When set, the reply to DATA waits for it (the message is already counted as received). */
    replyAfter: null,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      if (state.down) return callback(Object.assign(new Error("Service not available, try again later"), { responseCode: 421 }));
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.test"))
        return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c: Buffer) => (data += c.toString("utf8")));
      stream.on("end", () => {
        state.onData();
        if (state.hold) return; // never answers: the sender's attempt hangs until it is killed
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: data.match(/^Message-ID: (.+)$/im)?.[1]?.trim(),
          data: unquote(data),
        });
        if (state.replyAfter) void state.replyAfter.then(() => callback());
        else callback();
      });
    },
  });
  return {
    received,
    state,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    countFor: (address: string) => received.filter((r) => r.to.includes(address)).length,
  };
}
