// User-facing auth messages (shared by actions and tests).
export const INVALID_CREDENTIALS = "Email or password is incorrect.";
export const THROTTLED = "Too many sign-in attempts. Wait 15 minutes, or reset your password.";
