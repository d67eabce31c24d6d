package io.tonearm.adapters.http;

import io.tonearm.application.health.ComponentState;
import io.tonearm.application.health.ReadinessReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A probe's answer.
 *
 * @param status {@code up} or {@code down}
 * @param checks each component by name, in the order checked; absent from the liveness probe
 */
record HealthResponse(String status, Map<String, Check> checks) {
    static final HealthResponse LIVE = new HealthResponse("up", null);

    static HealthResponse of(ReadinessReport report) {
        Map<String, Check> checks = new LinkedHashMap<>();
        for (ComponentState component : report.components()) {
            checks.put(component.name(), new Check(status(component.up()), component.required(), component.detail()));
        }
        return new HealthResponse(status(report.ready()), checks);
    }

    private static String status(boolean up) {
        return up ? "up" : "down";
    }

    /**
     * @param status   {@code up} or {@code down}
     * @param required whether the process is ready only while this component is up
     * @param detail   {@code up}, or what is wrong
     */
    record Check(String status, boolean required, String detail) {
    }
}
