import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { describe, expect, it } from "vitest";
import { formatTime } from "../../src/domain/calendar/format-time.js";
import { formatMoment } from "../../src/domain/complaints/format-moment.js";
import { formatConsoleTime } from "../../src/console/format-console-time.js";
import { formatTeamTime } from "../../src/domain/health/format-team-time.js";

dayjs.extend(utc);
dayjs.extend(timezone);

describe("formatTime, the one formatter of instants", () => {
  const at = new Date("2026-11-24T01:05:00Z");

  it.each([
    ["clock", "Asia/Shanghai", "09:05"],
    ["stamp", "Asia/Shanghai", "2026-11-24 09:05"],
    ["moment", "Asia/Shanghai", "Tue 24 Nov 09:05"],
    ["weekday-stamp", "UTC", "Tue 2026-11-24 01:05"],
    // The day before on the other side of the date line.
    ["moment", "America/Los_Angeles", "Mon 23 Nov 17:05"],
    ["weekday-stamp", "America/Los_Angeles", "Mon 2026-11-23 17:05"],
  ] as const)("%s in %s", (style, zone, expected) => {
    expect(formatTime(at, zone, style)).toBe(expected);
  });

  it("follows the zone's clock across a DST switch (Berlin, 29 Mar 2026)", () => {
    expect(formatTime(new Date("2026-03-29T00:59:00Z"), "Europe/Berlin", "stamp")).toBe("2026-03-29 01:59");
    expect(formatTime(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin", "stamp")).toBe("2026-03-29 03:00");
  });
});

describe("the formatters that now delegate to it say what they said before", () => {
  // The instants around midnight and DST switches where a hand-written formatter would slip.
  const instants = ["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z", "2026-11-01T09:30:00Z", "2026-12-31T23:59:00Z", "2028-02-29T15:59:00Z"].map(
    (iso) => new Date(iso),
  );
  const zones = ["Europe/Berlin", "America/Los_Angeles", "Asia/Kathmandu", "Asia/Shanghai", "UTC"];

  it("complaints' formatMoment: the clock on the same local day, else the stamp, as dayjs formatted it", () => {
    for (const zone of zones) {
      for (const at of instants) {
        for (const now of [at, new Date(at.getTime() + 20 * 3_600_000)]) {
          const local = dayjs(at).tz(zone);
          const sameDay = local.format("YYYY-MM-DD") === dayjs(now).tz(zone).format("YYYY-MM-DD");
          expect(formatMoment(at, now, zone), `${at.toISOString()} ${zone}`).toBe(local.format(sameDay ? "HH:mm" : "YYYY-MM-DD HH:mm"));
        }
      }
    }
    expect(formatMoment(new Date("2026-11-20T06:02:00Z"), new Date("2026-11-20T10:00:00Z"), "Asia/Shanghai")).toBe("14:02");
    expect(formatMoment(new Date("2026-11-20T06:02:00Z"), new Date("2026-11-20T16:00:00Z"), "Asia/Shanghai")).toBe("2026-11-20 14:02");
  });

  it("health's team time and the console's clock", () => {
    expect(formatTeamTime(new Date("2026-11-03T06:30:00Z"), "Asia/Shanghai")).toBe("2026-11-03 14:30");
    expect(formatConsoleTime(new Date("2026-12-01T15:30:42Z"))).toBe("Tue 2026-12-01 15:30 UTC");
  });
});
