package io.tonearm.adapters.http;

import io.tonearm.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects what is wrong with one request body, so that a body with several bad fields is answered with one 400
 * naming all of them. A field is named once: a field refused for its type (and so left out when the command is
 * built) is not named again by the domain as missing.
 */
final class RequestProblems {
    private final List<InvalidParam> found = new ArrayList<>();

    void add(InvalidParam param) {
        if (!named(param.name())) {
            found.add(param);
        }
    }

    void addAll(List<InvalidParam> params) {
        params.forEach(this::add);
    }

    /**
     * Adds the domain's violations, each field renamed by {@code rename} (the domain's {@code duration} is the
     * API's {@code durationMs}) and put under {@code prefix} ({@code [3]} for the fourth element of an array).
     */
    void addAll(String prefix, InvalidValueException e, UnaryOperator<String> rename) {
        for (InvalidValueException.Violation violation : e.violations()) {
            String field = rename.apply(violation.field());
            String message = violation.message().startsWith(violation.field())
                    ? field + violation.message().substring(violation.field().length())
                    : field + ": " + violation.message();
            add(new InvalidParam(at(prefix, field), at(prefix, message)));
        }
    }

    /** @return what was found so far, in order */
    List<InvalidParam> params() {
        return List.copyOf(found);
    }

    /** @throws ApiProblem 400 naming everything found, if anything was */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw ApiProblem.invalid(found);
        }
    }

    private boolean named(String name) {
        for (InvalidParam param : found) {
            String known = param.name();
            if (known.equals(name) || name.startsWith(known + ".") || name.startsWith(known + "[")) {
                return true;
            }
        }
        return false;
    }

    private static String at(String prefix, String text) {
        return prefix.isEmpty() ? text : prefix + "." + text;
    }
}
