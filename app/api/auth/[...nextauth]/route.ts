/** Auth.js endpoints: /api/auth/signin, /callback/email, /signout, /session, /csrf. */
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
