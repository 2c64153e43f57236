package org.liaison.meetings.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * Time zones between Java and iCalendar. A zone is written with the clock changes of the years
 * its meetings span, each as it really was (the United Kingdom and France changed on different
 * dates until 1996), rather than with this year's rule alone. A zone is read from its IANA name,
 * from the Windows names Outlook writes, or from the city in an Outlook label.
 */
final class ZoneComponents {

    /** The Windows names Outlook uses for the zones of the network and its neighbours. */
    private static final Map<String, String> WINDOWS = Map.ofEntries(Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Romance Standard Time", "Europe/Paris"), Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"), Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"), Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"), Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Eastern Standard Time", "America/New_York"), Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("UTC", "UTC"), Map.entry("Coordinated Universal Time", "UTC"));

    private ZoneComponents() {
    }

    /** The VTIMEZONE of {@code zone}, with every clock change from {@code from} to {@code to}. */
    static VTimezone of(ZoneId zone, Instant from, Instant to) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition previous = rules.previousTransition(from);
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(from);
            component.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
            return component;
        }
        for (ZoneOffsetTransition change = previous; change != null && !change.getInstant().isAfter(to);
                change = rules.nextTransition(change.getInstant())) {
            if (rules.isDaylightSavings(change.getInstant())) {
                component.addDaylightSavingsTime(observance(new DaylightSavingsTime(), change.getDateTimeBefore(), change.getOffsetBefore(),
                        change.getOffsetAfter()));
            } else {
                component.addStandardTime(observance(new StandardTime(), change.getDateTimeBefore(), change.getOffsetBefore(),
                        change.getOffsetAfter()));
            }
        }
        return component;
    }

    private static <T extends Observance> T observance(T observance, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(), start.getHour(),
                start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(before.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(after.getTotalSeconds() * 1000L));
        return observance;
    }

    /** The zone a TZID names, if it is known. */
    static Optional<ZoneId> named(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String name = tzid.strip();
        if (name.startsWith("/")) {
            name = name.substring(1); // a global id
        }
        if (ZoneId.getAvailableZoneIds().contains(name)) {
            return Optional.of(ZoneId.of(name));
        }
        if (WINDOWS.containsKey(name)) {
            return Optional.of(ZoneId.of(WINDOWS.get(name)));
        }
        // "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": the first city that is an IANA zone's
        Set<String> zones = ZoneId.getAvailableZoneIds();
        for (String city : name.replaceAll("\\(.*?\\)", "").split("[,/]")) {
            String wanted = city.strip().replace(' ', '_');
            for (String zone : zones) {
                if (!wanted.isEmpty() && zone.startsWith("Europe/") && zone.endsWith("/" + wanted)) {
                    return Optional.of(ZoneId.of(zone));
                }
            }
        }
        return Optional.empty();
    }
}
