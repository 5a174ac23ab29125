/** Reading a node:http request in the front door's hot paths. */
import "server-only";
import { IncomingMessage, type ServerResponse } from "node:http";
import type { HeaderReader } from "@/lib/security/origin";

/** Next's request handler, which the front door hands everything the hot paths do not answer. */
export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function headerReader(req: IncomingMessage): HeaderReader {
  return {
    get(name: string) {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** The body, or null past `limit` bytes (the rest is read and dropped, so the connection stays usable). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(length > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * The same request again, for Next, after its body was read here: a fresh IncomingMessage on the same
 * connection that yields the body already read.
 */
export function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
