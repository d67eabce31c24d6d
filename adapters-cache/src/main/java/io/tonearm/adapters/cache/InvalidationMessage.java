package io.tonearm.adapters.cache;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An invalidation broadcast to every process, as UTF-8 text (built by the Lua scripts too, hence text):
 *
 * <pre>
 *   1 \n origin \n id \n space \n E \n query \n arguments           one entry (arguments may hold any character)
 *   1 \n origin \n id \n space \n Q \n query \n generation ...      named queries and their new generations
 * </pre>
 *
 * <p>A query named in a message may be one partition of a query, {@code query@partition} (for example
 * {@code tracks.favorites@user-17}): an entry of that partition, or that partition's new generation. A partition is
 * invalidated exactly as a query is, and only it.
 *
 * @param origin      the process that invalidated
 * @param id          the origin's number of the message, echoed in acknowledgements
 * @param space       the key space (Redis run id) the origin invalidated in
 * @param query       the query of an entry invalidation, else null
 * @param arguments   the arguments of an entry invalidation, else null
 * @param generations the new generation of each invalidated query, else empty
 */
record InvalidationMessage(String origin, long id, String space, String query, String arguments,
                           Map<String, Long> generations) {
    static final String VERSION = "1";

    boolean isEntry() {
        return query != null;
    }

    /** @return the start of a message, up to and including its kind letter */
    static String header(String origin, long id, String space, char kind) {
        return VERSION + "\n" + origin + "\n" + id + "\n" + space + "\n" + kind;
    }

    static byte[] entry(String origin, long id, String space, String query, String arguments) {
        return (header(origin, id, space, 'E') + "\n" + query + "\n" + arguments).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException if the bytes are not a message of this version */
    static InvalidationMessage parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] head = text.split("\n", 6);
        if (head.length < 5 || !VERSION.equals(head[0])) {
            throw new IllegalArgumentException("not an invalidation message of version " + VERSION);
        }
        long id = Long.parseLong(head[2]);
        String rest = head.length == 6 ? head[5] : "";
        switch (head[4]) {
            case "E" -> {
                int end = rest.indexOf('\n');
                if (end < 0) {
                    throw new IllegalArgumentException("an entry message names a query and arguments");
                }
                return new InvalidationMessage(head[1], id, head[3], rest.substring(0, end), rest.substring(end + 1),
                        Map.of());
            }
            case "Q" -> {
                Map<String, Long> generations = new LinkedHashMap<>();
                String[] parts = rest.isEmpty() ? new String[0] : rest.split("\n");
                if (parts.length % 2 != 0) {
                    throw new IllegalArgumentException("a query message pairs names with generations");
                }
                for (int i = 0; i < parts.length; i += 2) {
                    generations.put(parts[i], Long.parseLong(parts[i + 1]));
                }
                return new InvalidationMessage(head[1], id, head[3], null, null, Map.copyOf(generations));
            }
            default -> throw new IllegalArgumentException("unknown message kind " + head[4]);
        }
    }
}
