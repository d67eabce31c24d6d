package io.tonearm.adapters.http.subsonic;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a Subsonic request: those of the query string, followed by those of a form-encoded POST body
 * (OpenSubsonic's {@code formPost}), so that a client may send secrets in the body, out of URLs and logs.
 */
final class SubsonicParams {
    private final Map<String, List<String>> values;

    private SubsonicParams(Map<String, List<String>> values) {
        this.values = values;
    }

    static SubsonicParams of(Context ctx) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, list) -> values.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
        String type = ctx.contentType();
        if (ctx.method() == HandlerType.POST && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            ctx.formParamMap().forEach((name, list) ->
                    values.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
        }
        return new SubsonicParams(values);
    }

    /** @return the parameters given (for tests and fakes) */
    static SubsonicParams of(Map<String, List<String>> values) {
        return new SubsonicParams(Map.copyOf(values));
    }

    /** @return the first value of the parameter, or null if it is absent */
    String optional(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** @throws SubsonicError 10 if the parameter is absent or empty */
    String required(String name) {
        String value = optional(name);
        if (value == null || value.isEmpty()) {
            throw SubsonicError.missing(name);
        }
        return value;
    }

    /** @return every value of the parameter, in order (empty if absent) */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * @return the whole number given, or {@code absent}
     * @throws SubsonicError 0 naming the parameter if it is not a whole number, or below {@code min} or above
     *     {@code max}
     */
    int intParam(String name, int absent, int min, int max) {
        String value = optional(name);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new SubsonicError(SubsonicError.GENERIC, name + " must be a whole number but was '"
                    + shorten(value) + "'");
        }
        if (number < min || number > max) {
            throw new SubsonicError(SubsonicError.GENERIC, name + " must be " + min + " to " + max + " but was "
                    + number);
        }
        return number;
    }

    /** @return true for {@code true} (any case), false for anything else, {@code absent} if not given */
    boolean booleanParam(String name, boolean absent) {
        String value = optional(name);
        return value == null || value.isEmpty() ? absent : Boolean.parseBoolean(value.strip());
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
