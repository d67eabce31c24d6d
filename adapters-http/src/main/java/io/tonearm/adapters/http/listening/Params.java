package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.InvalidValueException;
import java.util.List;

/** The path and query parameters of the listening routes; a bad one is a 400 naming it. */
final class Params {
    private static final int ECHO_LIMIT = 40;

    private Params() {
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
        throw new InvalidValueException("id", "id must be a positive whole number but was '" + echo(raw) + "'");
    }

    /** @return the whole number in the query parameter, or {@code absent} when it is not given */
    static int intParam(Context ctx, String name, int absent) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return absent;
        }
        if (values.size() > 1) {
            throw new InvalidValueException(name, name + " must be given at most once but was given "
                    + values.size() + " times");
        }
        try {
            return Integer.parseInt(values.get(0).strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a whole number but was '" + echo(values.get(0))
                    + "'");
        }
    }

    /** @return the cover size asked for, or {@link CoverArt#ORIGINAL} */
    static int coverSize(Context ctx) {
        int size = intParam(ctx, "size", CoverArt.ORIGINAL);
        if (size == CoverArt.ORIGINAL && !ctx.queryParams("size").isEmpty()) {
            // size=0 is not a way to ask for the original: only leaving it out is
            throw new InvalidValueException("size", "size must be " + CoverArt.MIN_SIZE + " to " + CoverArt.MAX_SIZE
                    + " (or absent for the original) but was 0");
        }
        return size;
    }

    private static String echo(String raw) {
        return raw.length() <= ECHO_LIMIT ? raw : raw.substring(0, ECHO_LIMIT) + "...";
    }
}
