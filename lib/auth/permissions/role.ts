/** "user" is held by everyone signed in; the others come from profiles and memberships. */
export type Role = "user" | "learner" | "advisor" | "admin" | "platformAdmin";
