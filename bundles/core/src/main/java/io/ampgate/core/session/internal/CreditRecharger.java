package io.ampgate.core.session.internal;

import io.ampgate.store.StoreException;
import io.ampgate.store.site.BadgeRepository;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Gives badges their automatic energy-credit recharges: at start and then every hour, every
 * badge whose recharge period has passed gets its amount, capped at its maximum. Recharge periods
 * are whole days, so an hour late at most is precise enough, and a gateway that was off catches up
 * at its next start.
 */
@Component(service = CreditRecharger.class, immediate = true)
public final class CreditRecharger {
    private static final Logger LOG = Logger.getLogger(CreditRecharger.class.getName());

    private final BadgeRepository badges;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    @Activate
    public CreditRecharger(@Reference BadgeRepository badges) {
        this(badges, Clock.systemUTC(), true);
    }

    CreditRecharger(BadgeRepository badges, Clock clock, boolean schedule) {
        this.badges = badges;
        this.clock = clock;
        this.timer = schedule ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ampgate-credit-recharge");
            t.setDaemon(true);
            return t;
        }) : null;
        if (timer != null) {
            timer.scheduleWithFixedDelay(this::rechargeQuietly, 0, 1, TimeUnit.HOURS);
        }
    }

    /**
     * Applies the recharges that are due now.
     *
     * @return how many badges were recharged
     */
    int recharge() {
        int recharged = badges.applyDueRecharges(clock.instant());
        if (recharged > 0) {
            LOG.info(() -> "energy credit recharged on " + recharged + " badge(s)");
        }
        return recharged;
    }

    private void rechargeQuietly() {
        try {
            recharge();
        } catch (StoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "automatic credit recharge failed; trying again in an hour", e);
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
