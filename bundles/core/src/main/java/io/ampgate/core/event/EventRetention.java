package io.ampgate.core.event;

import io.ampgate.store.event.EventRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Keeps the site's event list from growing for ever: a minute after the start and then once a day
 * it deletes the events older than {@code keepDays}, acknowledged or not.
 */
@Component(service = EventRetention.class, configurationPid = EventRetention.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = EventRetention.Config.class)
public final class EventRetention {
    /** The configuration PID. */
    public static final String PID = "io.ampgate.events";
    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    /** The settings form. */
    @ObjectClassDefinition(name = "Event list", description = "How long the site's events are kept.")
    public @interface Config {
        /** @return how many days events are kept */
        @AttributeDefinition(name = "Days kept", min = "1", max = "3650",
                description = "Events older than this are deleted once a day, acknowledged or not.")
        int keepDays() default 365;
    }

    private final EventRepository events;
    private final Clock clock;
    private final Duration keep;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ampgate-event-retention");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param events the site's event list
     * @param config the settings
     * @throws IllegalArgumentException if {@code keepDays} is out of range
     */
    @Activate
    public EventRetention(@Reference EventRepository events, Config config) {
        this(events, config.keepDays(), Clock.systemUTC());
        timer.scheduleWithFixedDelay(this::purgeQuietly, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    EventRetention(EventRepository events, int keepDays, Clock clock) {
        if (keepDays < 1 || keepDays > 3650) {
            throw new IllegalArgumentException(PID + ": keepDays must be from 1 to 3650, was " + keepDays);
        }
        this.events = events;
        this.keep = Duration.ofDays(keepDays);
        this.clock = clock;
    }

    /** @return how many events were deleted */
    int purge() {
        int deleted = events.purgeBefore(clock.instant().minus(keep));
        if (deleted > 0) {
            LOG.info(() -> "event list: " + deleted + " event(s) older than " + keep.toDays() + " days deleted");
        }
        return deleted;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event list: old events not deleted, tried again tomorrow", e);
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
