// Plain-text email bodies. Links carry single-use tokens; nothing else secret is included.
// Names someone typed pass through mailSafeName (one line, no links) before they go in.
import type { EmailMessage } from "@/lib/email/send-email";
import { mailSafeName } from "@/lib/domain/mail-safe-name";

const footer = "\n\n— Chartpath\nIf you did not ask for this, you can ignore this email.";

export function confirmSignUpEmail(to: string, name: string, link: string): EmailMessage {
  return {
    to,
    kind: "sign-up-confirm",
    subject: "Confirm your Chartpath account",
    text: `Hi ${mailSafeName(name, "") || "there"},\n\nConfirm your email to finish creating your Chartpath account:\n${link}\n\nYou will be asked for the password you chose when you signed up. The link works once and expires in 24 hours.${footer}`,
  };
}

export function alreadyRegisteredEmail(to: string, signInLink: string, resetLink: string): EmailMessage {
  return {
    to,
    kind: "sign-up-existing",
    subject: "You already have a Chartpath account",
    text: `Someone (hopefully you) tried to create a Chartpath account with this email address, but one already exists.\n\nSign in: ${signInLink}\nForgot your password? ${resetLink}${footer}`,
  };
}

export function resetPasswordEmail(to: string, link: string): EmailMessage {
  return {
    to,
    kind: "password-reset",
    subject: "Reset your Chartpath password",
    text: `Use this link to choose a new password:\n${link}\n\nThe link works once and expires in 1 hour. Resetting signs you out everywhere.${footer}`,
  };
}

/** Sent when a reset is asked for an address without an account: the same work as a real reset. */
export function resetNoAccountEmail(to: string, signUpLink: string): EmailMessage {
  return {
    to,
    kind: "password-reset-no-account",
    subject: "Reset your Chartpath password",
    text: `Someone (hopefully you) asked to reset the Chartpath password for this email address, but no account uses it.\n\nPerhaps you signed up with another address. To create an account: ${signUpLink}${footer}`,
  };
}

/** "Send the link again" for an address with neither an account nor a sign-up waiting: the same work as a resend. */
export function noSignUpWaitingEmail(to: string, signUpLink: string): EmailMessage {
  return {
    to,
    kind: "sign-up-none-waiting",
    subject: "Confirm your Chartpath account",
    text: `Someone (hopefully you) asked us to send a Chartpath sign-up link to this email address again, but no sign-up is waiting for it (links last 24 hours).\n\nTo start again: ${signUpLink}${footer}`,
  };
}

export function passwordChangedEmail(to: string): EmailMessage {
  return {
    to,
    kind: "password-changed",
    subject: "Your Chartpath password was changed",
    text: `Your Chartpath password was just changed and other sessions were signed out.${footer.replace("If you did not ask for this, you can ignore this email.", "If this was not you, reset your password now.")}`,
  };
}
