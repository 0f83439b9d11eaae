import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { guardRequest } from "@/lib/security/guard";

/** Every request but static assets passes the checks of lib/security/guard.ts first. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  return (await guardRequest(request)) ?? NextResponse.next();
}

export const config = {
  // Static build assets and the icon are public and never change state; the login page needs them.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
