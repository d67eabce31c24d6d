package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks query and path parameters; a bad one is a 400 naming it. */
final class RequestParams {
    private static final int ECHO_LIMIT = 40;

    private RequestParams() {
    }

    /** @return the page asked for by {@code offset}, {@code limit} and {@code after} (defaults 0, 20, none) */
    static PageRequest page(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", PageRequest.DEFAULT_LIMIT);
        return new PageRequest(offset, limit, single(ctx, "after"));
    }

    /** @return the search query in {@code q} */
    static SearchQuery search(Context ctx) {
        return new SearchQuery(single(ctx, "q"));
    }

    /** @throws ApiProblem 400 naming the parameter if it is absent, blank or given more than once */
    static String requiredText(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid(name, name + " is required");
        }
        return value.strip();
    }

    /** @return the whole-number query parameter, or {@code defaultValue} when it is absent */
    static int intParam(Context ctx, String name, int defaultValue) {
        String raw = single(ctx, name);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(name, name + " must be a whole number but was '" + echo(raw) + "'");
        }
    }

    /** @return the positive id in the path parameter {@code id} */
    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiProblem.invalid("id", "id must be a positive whole number but was '" + echo(raw) + "'");
    }

    /** @return the parameter's only value, or null when it is absent */
    private static String single(Context ctx, String name) {
        List<String> values = values(ctx, name);
        if (values.size() > 1) {
            throw ApiProblem.invalid(name, name + " must be given at most once but was given " + values.size()
                    + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * Parses the query string here rather than with Javalin, which silently drops a value that is not valid
     * percent-encoding: {@code limit=%zz} must be refused, not read as "no limit given".
     */
    private static List<String> values(Context ctx, String name) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(1);
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            if (key.equals(name)) {
                values.add(decode(equals < 0 ? "" : pair.substring(equals + 1), name));
            }
        }
        return values;
    }

    private static String decode(String raw, String name) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(name, name + " is not valid percent-encoding: '" + echo(raw) + "'");
        }
    }

    private static String echo(String raw) {
        return raw.length() <= ECHO_LIMIT ? raw : raw.substring(0, ECHO_LIMIT) + "...";
    }
}
