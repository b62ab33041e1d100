// After sign-in: send each person to the area their roles (from the database) give them,
// preferring the area they used last.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/permissions";

export default async function HomeRedirect() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  redirect(homeFor(user, (await cookies()).get("cp_area")?.value));
}
