package org.tiaojie.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the platform's DataSource ({@code osgi.jndi.service.name=tiaojie}) only once the database answers.
 *
 * <p>The connection pool (pax-jdbc, {@code etc/org.ops4j.datasource-tiaojie.cfg}) is registered as soon as its
 * configuration is read, whether or not the database is up. Every bundle with tables builds its persistence unit the
 * moment it sees the DataSource, and OpenJPA needs a connection to do that: against a database that is not up yet
 * the unit fails once and is never built again, and the bundle waits for it until Blueprint gives up. So the pool is
 * published under {@value #POOL_NAME}, and this gate publishes the same object under {@value #PLATFORM_NAME} when a
 * connection succeeds. Until then every bundle with tables waits in Blueprint's grace period for the DataSource
 * (Karaf's {@code bundle:diag} names it) and this gate logs, once a minute, which database it is waiting for and
 * why; the moment the database answers, they all come up. A pool whose configuration goes away takes the published
 * DataSource with it.
 */
public final class DatabaseGate {
    static final String POOL_NAME = "tiaojie-pool";
    static final String PLATFORM_NAME = "tiaojie";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseGate.class);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final BundleContext context;
    private final Map<ServiceReference<?>, Waiter> waiters = new ConcurrentHashMap<>();

    public DatabaseGate(BundleContext context) {
        this.context = context;
    }

    /** A pool appeared: wait, in a thread of its own, until its database answers, then publish it. */
    public void poolAppeared(ServiceReference<DataSource> pool) {
        if (pool == null) {
            return;
        }
        Waiter waiter = new Waiter(pool);
        if (waiters.putIfAbsent(pool, waiter) == null) {
            waiter.start();
        }
    }

    /** A pool went away: stop waiting for it, and withdraw what was published for it. */
    public void poolGone(ServiceReference<DataSource> pool) {
        Waiter waiter = pool == null ? null : waiters.remove(pool);
        if (waiter != null) {
            waiter.stop();
        }
    }

    /** The bundle stops: nothing stays published. */
    public void close() {
        waiters.keySet().forEach(ref -> poolGone(cast(ref)));
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<DataSource> cast(ServiceReference<?> ref) {
        return (ServiceReference<DataSource>) ref;
    }

    /** The properties the platform's DataSource is published with: the pool's own, under the platform's name. */
    static Hashtable<String, Object> published(ServiceReference<?> pool) {
        Hashtable<String, Object> p = new Hashtable<>();
        for (String key : pool.getPropertyKeys()) {
            if (!key.equals(Constants.OBJECTCLASS) && !key.startsWith("service.") && !key.startsWith("component.")
                    && !key.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                p.put(key, pool.getProperty(key));
            }
        }
        p.put("osgi.jndi.service.name", PLATFORM_NAME);
        p.put("dataSourceName", PLATFORM_NAME);
        p.put("tiaojie.gated.pool", String.valueOf(pool.getProperty(Constants.SERVICE_ID)));
        return p;
    }

    /** What a failed connection says, without anything stored in the database or a password. */
    static String why(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?i)password=[^&;\\s]*", "password=…");
        return "SQL state " + e.getSQLState() + ": " + message;
    }

    private final class Waiter implements Runnable {
        private final ServiceReference<DataSource> pool;
        private final Thread thread;
        private volatile boolean stopped;
        private ServiceRegistration<?> registration;

        Waiter(ServiceReference<DataSource> pool) {
            this.pool = pool;
            this.thread = new Thread(this, "tiaojie-database-gate-" + pool.getProperty(Constants.SERVICE_ID));
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            stopped = true;
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                if (registration != null) {
                    try {
                        registration.unregister();
                    } catch (IllegalStateException alreadyGone) {
                        // the framework took it down with the bundle
                    }
                    registration = null;
                    LOG.info("The platform's DataSource is withdrawn: its pool went away");
                }
            }
            try {
                context.ungetService(pool);
            } catch (IllegalStateException | IllegalArgumentException stopping) {
                // the bundle is stopping; the framework releases it
            }
        }

        @Override
        public void run() {
            DataSource dataSource = context.getService(pool);
            if (dataSource == null) {
                return;
            }
            long started = System.nanoTime();
            long lastReport = 0;
            long wait = 500;
            while (!stopped) {
                try (Connection connection = dataSource.getConnection()) {
                    if (connection.isValid(10)) {
                        publish(dataSource, started);
                        return;
                    }
                } catch (SQLException e) {
                    long now = System.nanoTime();
                    if (lastReport == 0 || now - lastReport >= REPORT_EVERY.toNanos()) {
                        LOG.warn("Waiting for the database of pool {} ({} s so far; every bundle with tables waits "
                                + "with it): {}", pool.getProperty("url") == null ? POOL_NAME : pool.getProperty("url"),
                                (now - started) / 1_000_000_000L, why(e));
                        lastReport = now;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Waiting for the database of pool {}: {}", POOL_NAME, e.toString());
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
                wait = Math.min(wait * 2, 5_000);
            }
        }

        private synchronized void publish(DataSource dataSource, long started) {
            if (stopped) {
                return;
            }
            String[] classes = (String[]) pool.getProperty(Constants.OBJECTCLASS);
            registration = context.registerService(classes, dataSource, published(pool));
            LOG.info("The database answers after {} ms: the platform's DataSource ({}={}) is published",
                    (System.nanoTime() - started) / 1_000_000L, "osgi.jndi.service.name", PLATFORM_NAME);
        }
    }
}
