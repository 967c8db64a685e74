package io.ampgate.launcher;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where on Earth the demo site is, chosen when it is created: somewhere it is late morning, the
 * busiest time of the simulated car park (the commuters have arrived, visitors come, the sun is
 * up), whatever the hour of the first start. The machine's own time zone from 09:30 to 12:00 there,
 * otherwise a fixed-offset zone where it is about 11:00. The longitude follows the zone's offset
 * (15 degrees an hour), so the simulated sun agrees with the simulated clock.
 *
 * @param timeZone the site's time zone, for the simulator and the gateway's site setting
 * @param longitude degrees east, for the simulated sun
 */
record DemoPlacement(String timeZone, int longitude) {
    /** Local time the site is placed at when the machine's clock is outside the day. */
    static final int TARGET_HOUR = 11;
    static final LocalTime DAY_FROM = LocalTime.of(9, 30);
    static final LocalTime DAY_UNTIL = LocalTime.of(12, 0);

    static DemoPlacement at(Instant now, ZoneId machine) {
        ZoneOffset machineOffset = machine.getRules().getOffset(now);
        LocalTime local = LocalTime.ofInstant(now, machine);
        if (!local.isBefore(DAY_FROM) && local.isBefore(DAY_UNTIL)) {
            return new DemoPlacement(machine.getId(), longitude(machineOffset.getTotalSeconds() / 3600.0));
        }
        double utcHours = LocalTime.ofInstant(now, ZoneOffset.UTC).toSecondOfDay() / 3600.0;
        int offset = (int) Math.round(TARGET_HOUR - utcHours);
        if (offset < -12) {
            offset += 24;
        }
        return new DemoPlacement(fixedZone(offset), longitude(offset));
    }

    /** {@code Etc/GMT-2} is UTC+2: the POSIX names count westwards. */
    static String fixedZone(int offsetHours) {
        return offsetHours == 0 ? "Etc/UTC" : "Etc/GMT" + (offsetHours > 0 ? "-" : "+") + Math.abs(offsetHours);
    }

    private static int longitude(double offsetHours) {
        return (int) Math.max(-180, Math.min(180, Math.round(offsetHours * 15)));
    }
}
