// The load generator as a process of its own (runLoadInProcess in bench/load.ts): reads its options as JSON on stdin,
// prints the result (with the CPU ms the load itself took) as JSON on its last line of output.
import { text } from "node:stream/consumers";
import { type LoadRequest, runLoad } from "./load";

const options = JSON.parse(await text(process.stdin)) as {
  base: string;
  concurrency: number;
  durationMs: number;
  requests: LoadRequest[];
  maxRequests?: number;
};
const cpu0 = process.cpuUsage();
const result = await runLoad({ ...options, next: (i) => options.requests[i % options.requests.length] });
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ ...result, cpuMs: Math.round((cpu.user + cpu.system) / 1000) }));
