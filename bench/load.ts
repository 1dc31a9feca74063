/**
 * One load scenario: autocannon against a served worker for a bounded time,
 * with the CPU the workerd processes spent meanwhile (read from /proc).
 */
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

export type Load = {
  method?: "GET" | "POST";
  /** The path of each request; called once per request. */
  path: () => string;
  headers?: () => Record<string, string>;
  body?: () => string;
};

export type Measured = {
  requestsPerSecond: number;
  /** Latencies in ms. */
  mean: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  /** workerd CPU per request in µs (the worker and, locally, D1 itself). */
  cpuMicros: number;
  /** The scenario this one was measured in turns with (measureInTurns), if any. */
  inTurnsWith?: string;
  /** Measured in turns: the CPU per request of each turn's slice, in µs, in the order of the turns. */
  turnCpuMicros?: number[];
  /** The bare route's req/s in the slices between this scenario's, when it was measured in turns with it. */
  ceilingInTurns?: number;
  /** What one request of it costs D1 (a GET, read once from a worker with the D1 meter on). */
  d1?: { roundTrips: number; rowsRead: number };
};

/** How many slices of each side `measureInTurns` takes. */
export const TURNS = 10;

export type LoadOptions = { connections: number; seconds: number; warmupSeconds: number };

export async function measure(origin: string, load: Load, options: LoadOptions): Promise<Measured> {
  if (options.warmupSeconds > 0) await drive(origin, load, options.connections, options.warmupSeconds);
  const ticksBefore = workerdTicks();
  const result = await drive(origin, load, options.connections, options.seconds);
  const ticks = workerdTicks() - ticksBefore;
  const total = result.requests.total;
  return {
    requestsPerSecond: total / result.duration,
    mean: result.latency.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMicros: total > 0 ? (ticks * TICK_MICROS) / total : 0,
  };
}

/**
 * Two scenarios measured in turns, TURNS slices of `seconds / TURNS` each,
 * so a drift in the machine's speed (large on a shared VM, and in one
 * direction over minutes) touches both alike and their ratio holds. Each
 * side's p50 is the median of its slices' and its p99 the worst slice's.
 */
export async function measureInTurns(
  a: { name: string; origin: string; load: Load },
  b: { name: string; origin: string; load: Load },
  options: LoadOptions,
): Promise<[Measured, Measured]> {
  const sliceSeconds = options.seconds / TURNS;
  if (options.warmupSeconds > 0) {
    for (const side of [a, b]) await drive(side.origin, side.load, options.connections, options.warmupSeconds);
  }
  const slices: [Slice[], Slice[]] = [[], []];
  for (let i = 0; i < TURNS; i++) {
    // Alternate which goes first, so neither always follows the other.
    const order = i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const index of order) {
      const side = index === 0 ? a : b;
      const ticksBefore = workerdTicks();
      const result = await drive(side.origin, side.load, options.connections, sliceSeconds);
      slices[index].push({ result, ticks: workerdTicks() - ticksBefore });
    }
  }
  return [
    { ...combined(slices[0]), inTurnsWith: b.name },
    { ...combined(slices[1]), inTurnsWith: a.name },
  ];
}

type Slice = { result: autocannon.Result; ticks: number };

function combined(slices: Slice[]): Measured {
  const total = slices.reduce((sum, slice) => sum + slice.result.requests.total, 0);
  const seconds = slices.reduce((sum, slice) => sum + slice.result.duration, 0);
  const ticks = slices.reduce((sum, slice) => sum + slice.ticks, 0);
  const p50s = slices.map((slice) => slice.result.latency.p50).sort((x, y) => x - y);
  return {
    requestsPerSecond: total / seconds,
    mean: slices.reduce((sum, slice) => sum + slice.result.latency.average * slice.result.requests.total, 0) / total,
    p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
    p99: Math.max(...slices.map((slice) => slice.result.latency.p99)),
    total,
    non2xx: slices.reduce((sum, slice) => sum + slice.result.non2xx, 0),
    errors: slices.reduce((sum, slice) => sum + slice.result.errors + slice.result.timeouts, 0),
    cpuMicros: total > 0 ? (ticks * TICK_MICROS) / total : 0,
    turnCpuMicros: slices.map(({ result, ticks: own }) =>
      result.requests.total > 0 ? (own * TICK_MICROS) / result.requests.total : 0,
    ),
  };
}

/**
 * How much more `a` costs than `b`, measured in turns: the median of each turn's ratio, of the turns where both
 * sides served requests, and how many those were. The machine changes speed for seconds at a time; a turn's two
 * slices run side by side, so a slow stretch touches both of them.
 */
export function ratioInTurns(a: Measured, b: Measured): { ratio: number; turns: number } {
  const ratios = (a.turnCpuMicros ?? [])
    .map((cost, turn) => [cost, b.turnCpuMicros?.[turn] ?? 0])
    .filter(([own, other]) => (own as number) > 0 && (other as number) > 0)
    .map(([own, other]) => (own as number) / (other as number))
    .sort((x, y) => x - y);
  const middle = ratios.length / 2;
  const median =
    ratios.length % 2 === 1
      ? (ratios[Math.floor(middle)] as number)
      : ((ratios[middle - 1] ?? Number.NaN) + (ratios[middle] ?? Number.NaN)) / 2;
  return { ratio: median, turns: ratios.length };
}

function drive(origin: string, load: Load, connections: number, seconds: number) {
  return autocannon({
    url: origin,
    connections,
    duration: seconds,
    // autocannon stops only when it samples, so a run lasts until the next
    // sample after `duration`: sampling every 100 ms keeps a half-second
    // slice half a second. Rates divide by the time each run really took.
    sampleInt: 100,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          method: load.method ?? "GET",
          path: load.path(),
          headers: { ...request.headers, ...(load.headers?.() ?? {}) },
          body: load.body?.(),
        }),
      },
    ],
  });
}

/** Linux reports CPU time in clock ticks of 10 ms. */
const TICK_MICROS = 10_000;

/** User and system CPU ticks of every workerd process this one started. */
function workerdTicks(): number {
  const processes = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat) => stat !== undefined);
  const ours = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stat of processes) {
      if (ours.has(stat.ppid) && !ours.has(stat.pid)) {
        ours.add(stat.pid);
        grew = true;
      }
    }
  }
  return processes
    .filter((stat) => stat.pid !== process.pid && ours.has(stat.pid) && stat.comm.includes("workerd"))
    .reduce((sum, stat) => sum + stat.ticks, 0);
}

function readStat(pid: string) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the name: state(0) ppid(1) ... utime(11) stime(12).
    return { pid: Number(pid), comm, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // the process ended while being read
  }
}
