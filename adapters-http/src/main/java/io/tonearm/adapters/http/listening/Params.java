package io.tonearm.adapters.http.listening;

import io.javalin.http.Context;
import io.tonearm.application.listening.CoverArt;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.media.TranscodeFormat;
import io.tonearm.domain.media.TranscodeRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * @return the transcoding asked for by {@code format} (mp3, opus, aac; mp3 when only a bit rate is given) and
     *     {@code maxBitRate} (kbit/s; 0 or absent: the format's default), or null when neither is given
     * @throws ListeningProblem 400 naming every bad one of the two
     */
    static TranscodeRequest transcodeRequest(Context ctx) {
        List<String> formats = ctx.queryParams("format");
        List<String> bitRates = ctx.queryParams("maxBitRate");
        if (formats.isEmpty() && bitRates.isEmpty()) {
            return null;
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        TranscodeFormat format = TranscodeFormat.MP3;
        int maxBitRate = 0;
        try {
            format = formats.size() > 1 ? fail("format", "format must be given at most once")
                    : formats.isEmpty() ? TranscodeFormat.MP3 : TranscodeFormat.of(formats.get(0));
        } catch (InvalidValueException e) {
            invalid.put(e.field(), e.getMessage());
        }
        try {
            maxBitRate = intParam(ctx, "maxBitRate", 0);
            new TranscodeRequest(format, maxBitRate);
        } catch (InvalidValueException e) {
            invalid.put(e.field(), e.getMessage());
        }
        if (!invalid.isEmpty()) {
            throw ListeningProblem.invalid(invalid);
        }
        return new TranscodeRequest(format, maxBitRate);
    }

    private static <T> T fail(String name, String reason) {
        throw new InvalidValueException(name, reason);
    }

    private static String echo(String raw) {
        return raw.length() <= ECHO_LIMIT ? raw : raw.substring(0, ECHO_LIMIT) + "...";
    }
}
