// Demo accounts created in embedded/demo mode (prisma/seed-demo.ts) and listed on sign-in.
export const DEMO_ACCOUNTS = {
  password: "chartpath-demo-2026",
  users: [
    { role: "learner", email: "learner@demo.chartpath.test", name: "Dana Whitfield" },
    { role: "advisor", email: "advisor@demo.chartpath.test", name: "Marcus Lee" },
    { role: "program admin", email: "admin@demo.chartpath.test", name: "Priya Raman" },
  ],
} as const;
