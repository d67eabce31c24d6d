package io.tonearm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The process's one metrics registry, Prometheus's, bound for the adapters that count into it (requests, the cache,
 * write retries) and served at {@code /metrics}. Creating the module creates the registry, which is no I/O; the
 * JVM's and the connection pool's meters are bound to it by {@link #instrument} once the process runs.
 */
final class MetricsModule extends AbstractModule {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), PrometheusMeterRegistry.class).setBinding().toInstance(registry);
        OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class).setBinding().toInstance(registry);
    }

    /**
     * Binds the JVM's meters (memory, garbage collection, threads, classes, processor, uptime) and the pool's
     * (HikariCP's own Micrometer tracker: connections active, idle, pending, wait and use times) to the registry.
     *
     * @return what to close at shutdown: the garbage collection listeners
     */
    static AutoCloseable instrument(PrometheusMeterRegistry registry, HikariDataSource pool) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return gc;
    }
}
