/**
 * The app's side of the front door (scripts/server.mjs), called once at start-up by instrumentation.ts:
 * registers the hot paths (lib/hot) and the shutdown hook in @picket/front-door, where the front door
 * finds them, and checks at once what would otherwise fail silently (the sign action's id).
 */
import "server-only";
import { frontDoorRunning, registerHotHandler, registerShutdown } from "@picket/front-door";
import { handleHot } from "./index";
import { signActionId } from "./sign-action";

export function connectFrontDoor(shutdown: () => Promise<void>): void {
  registerHotHandler(handleHot);
  registerShutdown(shutdown);
  // Only the front door answers the sign form itself; under `next dev` there is nothing to check.
  if (frontDoorRunning()) signActionId();
}
