package io.tonearm.adapters.http;

import io.tonearm.domain.InvalidValueException;

/**
 * How the server reports on itself: the access log, and where {@code /metrics} is served.
 *
 * @param accessLog      whether every request is logged in one line at INFO (logger {@value RequestLog#ACCESS_LOGGER})
 * @param managementPort the port of a second server, bound to {@value #MANAGEMENT_HOST} only, that serves
 *                       {@code /metrics} and the health probes to anyone who can connect (0 for a free one); or
 *                       {@value #NO_MANAGEMENT_PORT}: {@code /metrics} is then served on the API's port, to admins
 */
public record OperationsSettings(boolean accessLog, int managementPort) {
    /** No management server. */
    public static final int NO_MANAGEMENT_PORT = -1;
    /** The management server's address: this machine only. */
    public static final String MANAGEMENT_HOST = "127.0.0.1";

    /** @throws InvalidValueException if the port is neither {@value #NO_MANAGEMENT_PORT} nor 0 to 65535 */
    public OperationsSettings {
        if (managementPort < NO_MANAGEMENT_PORT || managementPort > 65_535) {
            throw new InvalidValueException("managementPort",
                    "managementPort must be between 0 and 65535, or -1 for none, but was " + managementPort);
        }
    }

    /** @return the access log on, {@code /metrics} on the API's port */
    public static OperationsSettings defaults() {
        return new OperationsSettings(true, NO_MANAGEMENT_PORT);
    }

    /** @return whether a management server is started */
    public boolean hasManagementPort() {
        return managementPort != NO_MANAGEMENT_PORT;
    }
}
