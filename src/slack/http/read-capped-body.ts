import type { IncomingMessage } from "node:http";

/**
 * Reads a request body of at most `limit` bytes. Resolves with "too-large" as soon as the body passes
 * the limit — when it has no Content-Length, or lies about it — without holding more than `limit`.
 */
export function readCappedBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        chunks.length = 0;
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
    // A client that goes away mid-body: nothing to answer.
    req.once("close", () => (req.complete ? undefined : reject(new Error("the client closed the connection before the body ended"))));
  });
}
