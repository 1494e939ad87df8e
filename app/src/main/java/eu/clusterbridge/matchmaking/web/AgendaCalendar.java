package eu.clusterbridge.matchmaking.web;

import java.io.IOException;
import java.io.StringWriter;

import eu.clusterbridge.matchmaking.Agenda;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An agenda as an iCalendar file: one VEVENT per meeting, in the event's time zone (with its VTIMEZONE, so
 * calendar clients place the meetings right wherever they are). UIDs are stable per meeting, so a
 * re-imported agenda updates meetings instead of duplicating them.
 */
final class AgendaCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private AgendaCalendar() {
    }

    static String of(Agenda agenda, String host) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ClusterBridge//Matchmaking agenda//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        TimeZone zone = ZONES.getTimeZone(agenda.event().timeZone());
        calendar.add(zone.getVTimeZone());
        for (Agenda.Entry entry : agenda.entries()) {
            VEvent meeting = new VEvent(entry.starts(), entry.ends(), "B2B meeting with " + entry.with());
            meeting.add(new Uid("matchmaking-meeting-" + entry.meetingId() + "-" + agenda.participant().id() + "@" + host));
            String place = agenda.event().online() ? "Online" : agenda.event().venue();
            meeting.add(new Location(entry.table() + (place == null ? "" : ", " + place)));
            meeting.add(new Description(agenda.event().name() + ": slot " + entry.slot() + ", table " + entry.table()
                    + (entry.withContact() == null ? "" : ", contact " + entry.withContact())));
            calendar.add(meeting);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a calendar to a string", e);
        }
        return out.toString();
    }
}
