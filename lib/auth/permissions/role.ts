export type Role = "learner" | "advisor" | "admin" | "platformAdmin";
