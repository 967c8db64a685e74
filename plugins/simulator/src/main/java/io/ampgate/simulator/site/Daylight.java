package io.ampgate.simulator.site;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** How much of a PV array's peak the sun allows at a time, before clouds: 0 at night, 1 at most. */
public sealed interface Daylight {

    double fraction(ZonedDateTime time);

    /**
     * The sun's height over the horizon at a place: the sine of its elevation, from the day of
     * the year (declination) and the solar time (UTC and the longitude). The equation of time is
     * left out: noon may be a quarter of an hour off.
     *
     * @param latitude degrees, north positive
     * @param longitude degrees, east positive
     */
    record Sun(double latitude, double longitude) implements Daylight {

        public Sun {
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new IllegalArgumentException("latitude is -90..90 and longitude -180..180 degrees, not "
                        + latitude + ", " + longitude);
            }
        }

        @Override
        public double fraction(ZonedDateTime time) {
            ZonedDateTime utc = time.withZoneSameInstant(ZoneOffset.UTC);
            double day = utc.getDayOfYear();
            double declination = Math.toRadians(23.44) * Math.sin(2 * Math.PI * (284 + day) / 365);
            double solarHours = utc.getHour() + utc.getMinute() / 60.0 + utc.getSecond() / 3600.0 + longitude / 15;
            double hourAngle = Math.toRadians(15 * (solarHours - 12));
            double lat = Math.toRadians(latitude);
            double sinElevation = Math.sin(lat) * Math.sin(declination)
                    + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
            return Math.max(0, sinElevation);
        }
    }

    /** A half sine from sunrise to sunset, local time, 1 half way between them. */
    record Hours(LocalTime sunrise, LocalTime sunset) implements Daylight {

        public Hours {
            if (!sunrise.isBefore(sunset)) {
                throw new IllegalArgumentException("sunrise " + sunrise + " must come before sunset " + sunset);
            }
        }

        /** "07:00-19:00". */
        public static Hours parse(String text) {
            String[] ends = text.trim().split("\\s*-\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("daylight hours are written sunrise-sunset, e.g. 07:00-19:00, not '"
                        + text + "'");
            }
            return new Hours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
        }

        @Override
        public double fraction(ZonedDateTime time) {
            double t = time.toLocalTime().toSecondOfDay();
            double rise = sunrise.toSecondOfDay();
            double set = sunset.toSecondOfDay();
            return t <= rise || t >= set ? 0 : Math.sin(Math.PI * (t - rise) / (set - rise));
        }
    }
}
