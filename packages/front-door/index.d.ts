import type { IncomingMessage, ServerResponse } from "node:http";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type HotHandler = (req: IncomingMessage, res: ServerResponse, next: NextHandler) => Promise<void>;

export const CLIENT_ADDRESS_HEADER: string;
export function markFrontDoorRunning(): void;
export function frontDoorRunning(): boolean;
export function registerHotHandler(handler: HotHandler): void;
export function hotHandler(): HotHandler | null;
export function registerShutdown(fn: () => Promise<void>): void;
export function runShutdown(): Promise<void>;
