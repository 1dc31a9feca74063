/**
 * What a request costs D1, in the two figures production bills and waits on:
 * round trips (each call to D1, a batch being one) and rows read (D1's
 * `meta.rows_read`). Kept only when the `D1_METER` setting is on (the tests
 * and the bench), and told in the `Server-Timing` header of the response.
 */
export type D1Meter = { roundTrips: number; rowsRead: number };

export const newMeter = (): D1Meter => ({ roundTrips: 0, rowsRead: 0 });

/** The meter as a Server-Timing value: `d1-round-trips;desc="1", d1-rows-read;desc="21"`. */
export function serverTiming(meter: D1Meter): string {
  return `d1-round-trips;desc="${meter.roundTrips}", d1-rows-read;desc="${meter.rowsRead}"`;
}

/** The meter a response's Server-Timing tells, when it tells one. */
export function meterOf(serverTimingHeader: string | null): D1Meter | undefined {
  const figure = (name: string) => serverTimingHeader?.match(new RegExp(`${name};desc="(\\d+)"`))?.[1];
  const [roundTrips, rowsRead] = [figure("d1-round-trips"), figure("d1-rows-read")];
  return roundTrips === undefined || rowsRead === undefined
    ? undefined
    : { roundTrips: Number(roundTrips), rowsRead: Number(rowsRead) };
}
