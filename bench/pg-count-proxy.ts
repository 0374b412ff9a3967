// A TCP proxy in front of PostgreSQL that counts the statements its clients execute (each simple Query and each
// extended-protocol Execute), keyed by their SQL text: the booking profile puts one in front of the app and one in
// front of the Inngest runner, so every statement a booking causes is counted whatever library sent it.
import net from "node:net";

export interface StatementCounts {
  total: number;
  bySql: Map<string, number>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

export async function startCountingProxy(target: { host: string; port: number }) {
  const counts: StatementCounts = { total: 0, bySql: new Map() };
  const count = (sql: string) => {
    counts.total++;
    const key = sql.replace(/\s+/g, " ").trim().slice(0, 160);
    counts.bySql.set(key, (counts.bySql.get(key) ?? 0) + 1);
  };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const statements = new Map<string, string>(); // prepared statement name → SQL
    const portals = new Map<string, string>(); // portal name → SQL
    let buf = Buffer.alloc(0);
    let startup = true;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (startup) {
          if (buf.length < 8 || buf.length < buf.readInt32BE(0)) break;
          const code = buf.readInt32BE(4);
          buf = buf.subarray(buf.readInt32BE(0));
          if (code !== SSL_REQUEST && code !== GSS_REQUEST) startup = false;
          continue;
        }
        if (buf.length < 5 || buf.length < 1 + buf.readInt32BE(1)) break;
        const type = String.fromCharCode(buf[0]);
        const body = buf.subarray(5, 1 + buf.readInt32BE(1));
        buf = buf.subarray(1 + buf.readInt32BE(1));
        const cstrings = () => body.toString("utf8").split("\0");
        if (type === "Q") count(cstrings()[0]);
        else if (type === "P") {
          const [name, sql] = cstrings();
          statements.set(name, sql);
        } else if (type === "B") {
          const [portal, name] = cstrings();
          portals.set(portal, statements.get(name) ?? "?");
        } else if (type === "E") count(portals.get(cstrings()[0]) ?? "?");
      }
    });
    upstream.on("data", (d) => client.write(d));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    counts,
    reset() {
      counts.total = 0;
      counts.bySql.clear();
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
