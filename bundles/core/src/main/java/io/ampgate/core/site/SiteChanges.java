package io.ampgate.core.site;

import io.ampgate.api.event.Topics;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Tells that the site model changed ({@link Topics#SITE_CHANGED}), so that it is read again at once. */
final class SiteChanges {
    private SiteChanges() {
    }

    static void post(EventAdmin events) {
        if (events != null) {
            events.postEvent(new Event(Topics.SITE_CHANGED, Map.of(Topics.PROP_TIMESTAMP, System.currentTimeMillis())));
        }
    }
}
