import { handlers } from "@/lib/actions/auth/auth-js";
export const { GET, POST } = handlers;
