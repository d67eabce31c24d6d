package io.tonearm.bootstrap;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells the {@code TONEARM_*} variables that are not Tonearm's from those that are misspelt. */
final class EnvironmentNames {
    private static final String PREFIX = "TONEARM_";
    /**
     * What Kubernetes (and Docker links before it) define for every service, here one named {@code tonearm} or
     * {@code tonearm-<something>}: {@code <SERVICE>_SERVICE_HOST}, {@code <SERVICE>_SERVICE_PORT[_<NAME>]} and
     * {@code <SERVICE>_PORT_<number>_<protocol>[_PROTO|_PORT|_ADDR]}.
     */
    private static final Pattern PLATFORM_NAME = Pattern.compile("TONEARM_(?:[A-Z0-9_]+_)?(?:SERVICE_HOST"
            + "|SERVICE_PORT(?:_[A-Z0-9_]+)?|PORT_\\d+_(?:TCP|UDP|SCTP)(?:_(?:PROTO|PORT|ADDR))?)");
    /** {@code <SERVICE>_PORT} is such a variable only with a value like {@code tcp://10.0.0.11:8080}. */
    private static final Pattern PLATFORM_PORT_NAME = Pattern.compile("TONEARM_(?:[A-Z0-9_]+_)?PORT");
    private static final Pattern PLATFORM_PORT_VALUE = Pattern.compile("(?:tcp|udp|sctp)://\\S+");
    /** Further than this many edits, a name is not taken for a typo of another. */
    private static final int MAX_EDITS = 3;

    private EnvironmentNames() {
    }

    /** @return whether the variable is one a container platform sets for a service, not a setting */
    static boolean isSetByPlatform(String name, String value) {
        return PLATFORM_NAME.matcher(name).matches()
                || PLATFORM_PORT_NAME.matcher(name).matches() && PLATFORM_PORT_VALUE.matcher(value.strip()).matches();
    }

    /**
     * @return the known name that {@code name} is most likely a typo of: the one fewest edits away (at most three),
     *     or else the shortest that ends like it ({@code TONEARM_HTTP_PORT} for {@code TONEARM_PORT}) or goes on from
     *     it ({@code TONEARM_REDIS_URL} for {@code TONEARM_REDIS}); empty if none is close
     */
    static Optional<String> nearest(String name, Collection<String> known) {
        Optional<String> closest = known.stream()
                .filter(candidate -> distance(name, candidate) <= MAX_EDITS)
                .min(Comparator.comparingInt((String candidate) -> distance(name, candidate))
                        .thenComparing(Comparator.naturalOrder()));
        if (closest.isPresent() || !name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            return closest;
        }
        String rest = "_" + name.substring(PREFIX.length());
        return known.stream().filter(candidate -> candidate.endsWith(rest) || candidate.startsWith(name + "_"))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
