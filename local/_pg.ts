import { startEmbeddedPostgres } from "./postgres";
await startEmbeddedPostgres(console.log);
setInterval(() => {}, 1000);
