// After sign-in: send each person to the area their roles (from the database) give them,
// preferring the area they used last.
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/permissions";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  const target = user ? homeFor(user, request.cookies.get("cp_area")?.value) : "/sign-in";
  return NextResponse.redirect(new URL(target, request.url));
}
