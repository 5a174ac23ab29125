// Types of index.js, the one module instance the front door (scripts/server.mjs) and the app share.
import type { IncomingMessage, ServerResponse } from "node:http";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type HotHandler = (req: IncomingMessage, res: ServerResponse, next: NextHandler) => Promise<void>;

/** The header only the front door writes: the client address it decided. */
export const CLIENT_ADDRESS_HEADER: string;
/** Called by the front door before Next starts. */
export function markFrontDoorRunning(): void;
/** True in the production server; false under `next dev` or `next start`. */
export function frontDoorRunning(): boolean;
/** Called by the app at start-up (lib/hot/front-door.ts): the handler offered every request before Next. */
export function registerHotHandler(handler: HotHandler): void;
export function hotHandler(): HotHandler | null;
/** Called by the app at start-up (lib/hot/front-door.ts): what to stop on SIGTERM. */
export function registerShutdown(fn: () => Promise<void>): void;
export function runShutdown(): Promise<void>;
/** What the app has not registered, in words (empty: all there). */
export function missingRegistrations(): string[];
/** A problem nobody would otherwise notice, as a banner in the error log that cannot be missed. */
export function complainLoudly(title: string, reasons: string[]): void;
