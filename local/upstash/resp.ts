// A minimal RESP2 client: enough for the Upstash REST shim to forward commands to a local redis-server. One
// connection, commands pipelined, replies matched to requests in order (Redis answers in order on a connection).
// Written here rather than adding ioredis: ~100 lines, and RESP2 is all the shim needs.
import { connect, type Socket } from "node:net";

export class RespError extends Error {}

/** bulk strings stay Buffers (binary-safe); simple strings ("OK", "QUEUED") are JS strings */
export type RespValue = Buffer | string | number | null | RespError | RespValue[];

class Incomplete extends Error {}

/** Parses one reply starting at `offset`; throws Incomplete when the buffer does not hold all of it yet. */
function parse(buf: Buffer, offset: number): [RespValue, number] {
  const lineEnd = buf.indexOf("\r\n", offset);
  if (lineEnd < 0) throw new Incomplete();
  const type = String.fromCharCode(buf[offset]);
  const line = buf.toString("utf8", offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case "+":
      return [line, next];
    case "-":
      return [new RespError(line), next];
    case ":":
      return [Number(line), next];
    case "$": {
      const length = Number(line);
      if (length < 0) return [null, next];
      if (buf.length < next + length + 2) throw new Incomplete();
      return [Buffer.from(buf.subarray(next, next + length)), next + length + 2];
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return [null, next];
      const items: RespValue[] = [];
      let at = next;
      for (let i = 0; i < count; i++) {
        const [item, after] = parse(buf, at);
        items.push(item);
        at = after;
      }
      return [items, at];
    }
    default:
      throw new Error(`unexpected RESP type byte ${JSON.stringify(type)}`);
  }
}

function encode(command: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${command.length}\r\n`)];
  for (const arg of command) {
    const bytes = typeof arg === "string" ? Buffer.from(arg) : arg;
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

interface Pending {
  resolve(v: RespValue): void;
  reject(e: Error): void;
}

export class RespClient {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Pending[] = [];
  private closedError: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", (e) => this.fail(e));
    socket.on("close", () => this.fail(new Error("redis connection closed")));
  }

  /** `target` is a unix socket path or `{ host, port }` */
  static connect(target: string | { host: string; port: number }): Promise<RespClient> {
    return new Promise((resolve, reject) => {
      const socket = typeof target === "string" ? connect(target) : connect(target.port, target.host);
      socket.once("connect", () => {
        socket.removeListener("error", reject);
        resolve(new RespClient(socket));
      });
      socket.once("error", reject);
    });
  }

  /** Sends the commands in one write, so no other caller's commands can land between them (MULTI … EXEC). */
  send(commands: (string | Buffer)[][]): Promise<RespValue[]> {
    if (this.closedError) return Promise.reject(this.closedError);
    const replies = commands.map(
      () => new Promise<RespValue>((resolve, reject) => this.pending.push({ resolve, reject })),
    );
    this.socket.write(Buffer.concat(commands.map(encode)));
    return Promise.all(replies);
  }

  close() {
    this.closedError ??= new Error("redis connection closed");
    this.socket.destroy();
  }

  private onData(chunk: Buffer) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    while (offset < this.buffer.length && this.pending.length > 0) {
      let parsed: [RespValue, number];
      try {
        parsed = parse(this.buffer, offset);
      } catch (e) {
        if (e instanceof Incomplete) break;
        this.fail(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      offset = parsed[1];
      this.pending.shift()!.resolve(parsed[0]);
    }
    this.buffer = this.buffer.subarray(offset);
  }

  private fail(error: Error) {
    this.closedError ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
}
